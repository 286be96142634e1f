// English sentence banks for the benchmark's synthetic support replies.
//
// Placeholders filled by compose.mjs: {name} (first name), {title} (title and
// surname), {agent} (agent's name), {order} (order number), {day} (weekday).
// `weak` holds sentences with typical weaknesses; everything else is "good".

export default {
  lang: 'en',
  names: ['Anna', 'Tom', 'Priya', 'Marek', 'Sofia', 'James', 'Aisha', 'Lukas', 'Mei', 'Carlos', 'Olga', 'David', 'Fatima', 'Ben', 'Chloe', 'Ravi'],
  titles: ['Mr. Patel', 'Ms. Novak', 'Mrs. Okafor', 'Mr. Fischer', 'Dr. Lindqvist', 'Ms. Rossi', 'Mr. Tanaka', 'Mrs. Byrne'],
  agents: [{ name: 'Sam' }, { name: 'Julia' }, { name: 'Omar' }, { name: 'Kate' }, { name: 'Daniel' }, { name: 'Lena' }, { name: 'Ahmed' }, { name: 'Grace' }],
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  orderPrefix: '#',

  greetings: [
    'Hi {name},',
    'Hello {name},',
    'Dear {name},',
    'Dear {title},',
    'Good morning {name},',
    'Good afternoon {title},',
    'Hello,',
    'Hi there,',
    'Hey there,',
    'Hi {name}, and thanks for your patience,',
  ],
  chatGreetings: ['Hi {name}!', 'Hi there!', 'Hello!', 'Thanks for waiting, {name}.', 'Hey {name},'],

  ack: [
    'Thank you for reaching out about this.',
    "Thanks for getting in touch, and I'm sorry for the trouble.",
    "I'm sorry this has been such a hassle for you.",
    'I understand how frustrating it is when something you rely on stops working.',
    'Thank you for your patience while I looked into this.',
    'I can see why this was confusing, and I appreciate you flagging it.',
    'Thanks for the detailed message; it made it much easier to find the cause.',
    "I'm really sorry for the delay in getting back to you.",
    'I completely understand wanting this sorted out quickly.',
    'Thank you for letting us know, and I apologize for the mix-up.',
    "It's good to hear from you again.",
    'I appreciate you taking the time to send the screenshots.',
    'That sounds stressful, especially with your trip coming up.',
    "You've been with us for years, and I want to make this right.",
    "I'm sorry you had to contact us more than once about this.",
    "Thanks for your question, it's a good one.",
    'I understand that seeing two charges on your card is worrying.',
    "I'm glad you wrote in before the deadline.",
    'Thank you for the quick reply.',
    'I know waiting for a parcel that does not turn up is annoying.',
  ],

  topics: {
    shipping: {
      explain: [
        'I checked order {order} and it left our warehouse yesterday afternoon.',
        'The courier scanned your parcel at their regional hub this morning, so it is moving again.',
        'The delay was caused by a backlog at the sorting centre after the holiday weekend.',
        'Your tracking page still says "label created" because the courier has not scanned the parcel yet.',
        'Parcels to your area usually take three to five working days.',
        'The address on the order is missing the apartment number, which is why the driver could not deliver it.',
      ],
      next: [
        'I have asked the courier to prioritise your parcel, and I will check the tracking again on {day}.',
        'If it has not arrived by {day}, I will send a replacement by express delivery at no cost to you.',
        'I have added the apartment number, so the next delivery attempt will go to the right door.',
      ],
    },
    refunds: {
      explain: [
        'I have issued a full refund of $49.90 to the card you used for the order.',
        'Refunds normally appear on your statement within five to seven business days, depending on your bank.',
        'The refund left us on Monday, so your bank may still be processing it.',
        'Because the item was bought on sale, the refund is for the price you actually paid.',
        'Store credit shows up in your account straight away, while card refunds take a few days.',
      ],
      next: [
        'I will email you the refund confirmation as soon as the bank confirms the transfer.',
        'If you do not see the money by {day}, reply to this email and I will chase it with our payments team.',
        'You do not need to do anything else; the refund is already on its way.',
      ],
    },
    billing: {
      explain: [
        'I looked at your invoices and can see two charges on the 3rd.',
        'The second charge is a temporary authorization hold, which your bank will release automatically.',
        'Your plan renewed on the 1st, which is why you saw a charge even though you had not logged in.',
        'The invoice amount includes VAT because the billing address is in Germany.',
        'You can download every invoice from the Billing page in your account settings.',
      ],
      next: [
        'I have cancelled the duplicate charge, and you will see it reversed within three working days.',
        'I have added your company name and VAT number, and the corrected invoice is attached.',
        'I have set a reminder to check your next invoice and make sure it is right.',
      ],
    },
    login: {
      explain: [
        'The reset link expires after one hour, so the one from yesterday no longer works.',
        'Your account locked itself after five unsuccessful sign-in attempts, which protects it from guessing.',
        'The sign-in code goes to the phone number ending in 42, which may be an old number.',
        'Sometimes the reset email lands in the spam or promotions folder.',
        'I have unlocked your account, so you can sign in again now.',
      ],
      next: [
        'I have sent a fresh reset link, and it will stay valid for the next hour.',
        'Once you are back in, I recommend turning on two-step verification in your security settings.',
        'If the new link does not arrive within ten minutes, let me know and I will call you to reset it together.',
      ],
    },
    bug: {
      explain: [
        'I was able to reproduce the problem: the export button does nothing when the report has more than 500 rows.',
        'Our developers found the cause, a date format that the app did not expect.',
        'This bug only affects the Android app; the web version works as normal.',
        'The crash happens when the app tries to load a profile photo larger than 10 MB.',
        'A fix is included in version 4.2, which is rolling out in the app stores today.',
      ],
      next: [
        'Until the update reaches you, you can use the web version to finish your export.',
        'I have added your report to the bug ticket, and I will write to you when the fix is live.',
        'If you still see the crash after updating, please send me the time it happened and I will look at the logs.',
      ],
    },
    outage: {
      explain: [
        'Earlier today some customers could not load their dashboards for about forty minutes.',
        'The outage started with a faulty update to one of our database servers.',
        'Everything is working again, and no data was lost.',
        'Our status page shows the full timeline of what happened and when.',
        'Payments you made during the outage were queued, and they went through once the service came back.',
      ],
      next: [
        'We are adding an extra check so that a faulty update cannot reach all servers at once.',
        'I have credited one day of service to your account for the disruption.',
        'You can subscribe to the status page to hear about incidents straight away.',
      ],
    },
    subscription: {
      explain: [
        'Your subscription renews automatically on the 15th of each month.',
        'When you cancel, you keep access until the end of the period you have already paid for.',
        'Switching to the annual plan saves you two months compared with paying monthly.',
        'Pausing your membership keeps your settings and history for up to three months.',
        'The new price applies from your next renewal, not to the current month.',
      ],
      next: [
        'I have cancelled your subscription, and you will not be charged again.',
        'I have moved you to the Basic plan, starting from your next billing date.',
        'If you change your mind, you can restart the plan at any time from your account page.',
      ],
    },
    returns: {
      explain: [
        'You can return unworn items within 30 days of delivery.',
        'The return label is free for exchanges and costs $4.95 for refunds.',
        'Your return reached our warehouse on Tuesday and passed the quality check.',
        'Final-sale items can still be exchanged for a different size.',
        'If you still have the original box, it is the safest way to send the item back.',
      ],
      next: [
        'I have emailed you a prepaid return label; print it and drop the parcel at any post office.',
        'As soon as the courier scans your return, I will send the replacement in your new size.',
        'You can follow the return status on the Orders page.',
      ],
    },
    warranty: {
      explain: [
        'Your coffee machine is covered by our two-year warranty until March next year.',
        'The warranty covers faults in materials and workmanship, including the pump problem you described.',
        'Damage from a fall or from water falls outside the warranty, but we can offer a discounted repair.',
        'I have registered the serial number you sent, so the claim is now linked to your machine.',
      ],
      next: [
        'A courier will collect the machine on {day} between 9 am and 1 pm.',
        'The repair usually takes five working days, and I will update you when it is on its way back.',
        'If we cannot repair it, we will replace the machine with the same or a newer model.',
      ],
    },
    account: {
      explain: [
        'I have updated the email address on your account to the new one you gave me.',
        "For security, a change of account owner needs a confirmation from the current owner's email.",
        'You can add up to five team members on your current plan.',
        'Deleting the account removes all projects permanently after a 14-day grace period.',
      ],
      next: [
        'I have sent a confirmation link to the new address; the change takes effect once you click it.',
        'If you would like to merge the two accounts, reply with the email of the one to keep and I will do it today.',
      ],
    },
    export: {
      explain: [
        'You can export all your data as CSV or JSON from Settings, then Privacy, then Export.',
        'Large exports are prepared in the background and can take up to an hour.',
        'The export includes your contacts, messages and attachments, but not items you deleted.',
        'The download link in the email stays active for seven days.',
      ],
      next: [
        'I have started the export for you, and you will receive the link by email when it is ready.',
        'If the file does not open, send me the error message and I will check it.',
      ],
    },
    api: {
      explain: [
        'The 429 errors mean your integration is sending more than 100 requests per minute.',
        'The 401 response appeared because the API key changed when your colleague regenerated it on Monday.',
        'We retry webhooks five times over 24 hours before marking them as failed.',
        'The endpoint you are calling was retired in version 2; the new one is /v3/orders.',
        'Responses come in pages, so you need to follow the next link to get all records.',
      ],
      next: [
        'I have raised your rate limit to 300 requests per minute for the next two weeks while you migrate.',
        'Our developer guide has a short example of retrying with backoff, and I am happy to review your code if that helps.',
        'Send me the request ID from the error, and I will trace the exact call in our logs.',
      ],
    },
    appointment: {
      explain: [
        'Your appointment is booked for {day} at 10:30 with Dr. Evans.',
        'You can reschedule up to 24 hours before the appointment without any fee.',
        'The clinic is on the second floor, and there is free parking behind the building.',
        'Please bring your insurance card and arrive ten minutes early to fill in a short form.',
      ],
      next: [
        'I have moved your appointment to {day} at 3 pm, and a new confirmation is on its way.',
        'I will text you a reminder the day before.',
      ],
    },
    travel: {
      explain: [
        'The airline moved your flight to Lisbon from 9:40 to 13:15.',
        'Because the schedule change is longer than three hours, you can rebook or cancel for free.',
        'Your hotel booking allows free cancellation until 6 pm the day before arrival.',
        'Your train ticket is flexible, so you can take any service that day.',
      ],
      next: [
        'I have rebooked you on the earlier flight and sent the new boarding details to your email.',
        'I have asked the hotel for a late check-in, and they confirmed it in writing.',
        'If you prefer a refund instead, I can process it today.',
      ],
    },
  },

  // Generic next steps and ownership, with and without time frames.
  transitions: [
    'I also looked into your second question.',
    'There was one more thing in your message, so here is an update on that as well.',
    'Regarding your other request, here is what I found.',
  ],

  next: [
    'I will follow up with you by {day} at the latest.',
    'I will personally keep an eye on this and update you tomorrow morning.',
    "I'll call you this afternoon to walk through the next steps.",
    'I have made a note on your account so that anyone on our team can see the full history.',
    "I'll confirm by email as soon as this is done.",
    'Our team will take care of this for you.',
    'I will look into this further and let you know what I find.',
    "I'm keeping your ticket open until you confirm that everything works.",
    'You will get an update from me within 24 hours.',
    'I have done this for you, so there is nothing else you need to do.',
  ],

  closings: [
    'Is there anything else I can help you with?',
    'Just reply to this email if you have any other questions.',
    'I hope this helps, and have a lovely weekend.',
    'Thanks again for your patience.',
    'Let me know if anything is unclear.',
    'Feel free to reach out at any time; we are here every day from 8 am to 8 pm.',
    'Thank you for choosing us.',
    'Enjoy the rest of your day.',
  ],
  chatClosings: ['Anything else I can help with?', 'Happy to help!', 'Have a great day!', 'Let me know if that works for you.'],
  signoffs: [
    'Best regards,\n{agent}',
    'Kind regards,\n{agent}\nCustomer Support',
    'Thanks,\n{agent}',
    'All the best,\n{agent}',
    'Warm wishes,\n{agent} from the Support Team',
    'Cheers,\n{agent}',
    'Sincerely,\n{agent}',
  ],
  chatSignoffs: ['- {agent}', '{agent}, Support'],

  weak: {
    greetings: ['Hey,', 'Hi there!!', 'To whom it may concern,', 'Dear customer,', 'Dear Sir/Madam,'],
    closings: [
      'Sorry for any inconvenience caused.',
      'Please do not hesitate to contact us should you require any further assistance.',
      'Thank you for your understanding.',
      'Kindly revert at the earliest.',
    ],
    body: {
      negative: [
        "Unfortunately we can't refund discounted items.",
        'We cannot change the delivery address once the order has shipped.',
        "I'm afraid there is nothing we can do at this stage.",
        'That is not possible with your current plan.',
        "We don't offer phone support on weekends.",
        'Unfortunately, this is not our problem because the courier lost the parcel.',
        'We are unable to process your request without the original receipt.',
      ],
      jargon: [
        'Your ticket has been escalated to tier 2.',
        'The SLA for this queue is 72 hours.',
        'The RMA will be created once QA signs off.',
        'There was a latency spike on the backend caused by a misconfigured load balancer.',
        'Per our ToS, the chargeback was flagged by the fraud engine.',
        'The ETA for the hotfix depends on the next deployment window.',
      ],
      passive: [
        'Your request has been received and will be processed in due course.',
        'The issue was reported to the relevant department.',
        'Mistakes were made in the handling of your order.',
        'Your account has been flagged and will be reviewed.',
        'A decision will be made after the case has been investigated.',
      ],
      blame: [
        'You should have read the terms before placing the order.',
        'You entered the wrong address, so the parcel came back to us.',
        'As I already explained in my last email, this is your responsibility.',
        'You must have deleted the file yourself.',
        'If you had updated the app, this would not have happened.',
      ],
      hedge: [
        'Maybe someone will look into it at some point.',
        "I think it might possibly be fixed soon, but I'm not sure.",
        'It should probably work now, hopefully.',
        'We will try to get back to you soon.',
        "I'll get back to you ASAP.",
      ],
      stiff: [
        'Please be advised that your request is being processed.',
        'We apologize for any inconvenience this may have caused.',
        'Please note that the aforementioned order has been dispatched.',
      ],
      caps: [
        'This is URGENT and must be done TODAY.',
        'Please do NOT reply to this message.',
        'Your account is NOT eligible for a refund.',
      ],
      exclaim: ['No problem!!', 'Thanks so much for your patience!!!', 'We are on it!!'],
    },
  },
};
