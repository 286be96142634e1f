import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** The reply's frame as the personalization rules see it: is a sign-off found, and where does a closing offer go? */
function frame(draft: string, language = 'en', template = true) {
  const report = analyze(draft, { language, channel: 'email', template });
  const signOff = report.findings.find((f) => /\.personalization\.missing-sign-off$/.test(f.ruleId));
  const offer = report.findings.find((f) => /\.personalization\.missing-closing-offer$/.test(f.ruleId));
  return { hasSignOff: !signOff, offerAt: offer?.start };
}

const BODY = 'Hi {{customer.first_name}},\n\nYour refund was issued today and should reach your card within five business days.';

describe('a sign-off is found in the last block whatever follows it', () => {
  test.each([
    ['a signature placeholder', `${BODY}\n\nBest regards,\n%{signature}`],
    ['a Liquid agent name', `${BODY}\n\nKind regards,\n{{current_user.name}}`],
    ['an agent signature placeholder alone', `${BODY}\n\n{{agent.signature}}`],
    ['a team line before the signature', `${BODY}\n\nYour %{company.name} Team,\n\n%{signature}`],
    ['company lines, a phone number and a URL', `${BODY}\n\nBest regards,\nSam Carter\nCustomer Care, Northwind Apparel Ltd\nPhone: +44 20 7946 0958\nhttps://support.northwind.example/help`],
    ['a footer after the signature', `${BODY}\n\nBest regards,\nSam\n\nYou are receiving this email because you opened a request with us. Reply to this email to add a comment to your request.`],
    ['a footer after a signature placeholder', `${BODY}\n\nThanks,\n\n%{signature}\n\nIf you would like to add comments, reply to this email or log in to your account.`],
  ])('%s', (_, draft) => expect(frame(draft).hasSignOff).toBe(true));

  test('a closing formula at the start of the body is not a sign-off', () => {
    const draft = 'Hi Anna,\n\nThanks!\n\nYour refund was issued today and should reach your card within five business days. The tracking number is in the other email and the courier will text you before delivery.';
    expect(frame(draft, 'en', false).hasSignOff).toBe(false);
  });
  test('a thank-you before a short list is not the sign-off: the last formula is', () => {
    const draft = 'Hi Anna,\n\nThank you!\n\nHere is what to do now\n- Open the app\n- Tap Settings\n- Choose Reset\n\nBest,\nSam';
    const report = analyze(draft, { language: 'en', channel: 'email' });
    const offer = report.findings.find((f) => f.ruleId === 'en.personalization.missing-closing-offer');
    expect(offer?.start).toBe(draft.indexOf('\n\nBest'));
  });
  test('short body lines ending in a full stop are not signature lines', () => {
    const draft = 'Hi Anna,\n\nThanks for waiting.\nYour order shipped.\nIt arrives on Monday.\nThe courier will text you.';
    expect(frame(draft, 'en', false).hasSignOff).toBe(false);
  });
});

describe('the closing region reaches into a template\'s footer, and inserted text goes before the sign-off', () => {
  test('an offer in the footer counts as the closing offer', () => {
    const draft = `${BODY}\n\nBest regards,\n%{signature}\n\nIf you have more questions, just reply to this email and we will help.`;
    expect(frame(draft).offerAt).toBeUndefined();
  });
  test('a missing offer is inserted after the body, before the sign-off and the footer', () => {
    const draft = `${BODY}\n\nBest regards,\n%{signature}\n\nThis message was sent by our help desk.`;
    const { offerAt } = frame(draft);
    expect(offerAt).toBeDefined();
    expect(offerAt!).toBeLessThanOrEqual(draft.indexOf('Best regards'));
  });
  test('Polish, Czech and Slovak templates: the team line and the signature are the sign-off', () => {
    const pl = 'Dzień dobry,\n\nzgłoszenie zostało przyjęte i nasz konsultant odpowie w ciągu jednego dnia roboczego.\n\nTwój zespół %{company.name},\n\n%{signature}\n\nJeśli chcesz coś dodać, odpowiedz na tego maila.';
    const cs = 'Dobrý den,\n\npožadavek jsme přijali a pracovník podpory se vám ozve do jednoho pracovního dne.\n\nTým podpory %{company.name},\n\n%{signature}\n\nPokud chcete něco doplnit, stačí na tento e-mail odpovědět.';
    const sk = 'Dobrý deň,\n\npožiadavku sme prijali a pracovník podpory sa Vám ozve do jedného pracovného dňa.\n\nVáš tím podpory %{company.name},\n\n%{signature}\n\nAk chcete niečo doplniť, odpovedzte na tento e-mail.';
    for (const [language, draft] of [['pl', pl], ['cs', cs], ['sk', sk]] as const) {
      expect(frame(draft, language), language).toEqual({ hasSignOff: true, offerAt: undefined });
    }
  });
});
