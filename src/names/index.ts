export { polishVocative } from './polish.js';
export { czechVocative } from './czech.js';
export { nicknamesOf } from './nicknames.js';
export { englishTitle, genderOf, type Gender } from './titles.js';
export { addressForms, nameKeys, nicknameTokens, splitName, type AddressForms, type SplitName } from './address.js';
