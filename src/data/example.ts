/** The draft `reply-coach` analyzes when it is given none: a reply to an upset customer with the usual faults. */
export const EXAMPLE = {
  draft: `Hey,

Please restart the router and clear the cache. Unfortunately we can't refund discounted products, as per our policy. We encountered a network latency issue affecting system throughput!!

I'll get back to you soon.`,
  options: {
    language: 'en',
    channel: 'email',
    audience: { name: 'Anna Kowalska', formality: 'formal' },
    inReplyTo: 'This is the third time I am writing. My internet is still down and nobody has replied. This is unacceptable!',
  },
} as const;
