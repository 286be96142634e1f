import { enum as zEnum } from './zod.js';

/** The seven things a reply is coached on. */
export const CATEGORIES = [
  'positive-language',
  'empathy',
  'jargon',
  'clarity',
  'formality',
  'ownership',
  'personalization',
] as const;
export const CategorySchema = zEnum(CATEGORIES);

/** What a support QA reviewer would do with a finding (see DESIGN.md). */
export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export const SeveritySchema = zEnum(SEVERITIES);

/** Where a reply goes; thresholds (sentence length, greeting, closing) depend on it. */
export const CHANNELS = ['email', 'chat', 'social', 'sms', 'voice'] as const;
export const ChannelSchema = zEnum(CHANNELS);

/** 'neutral' is what a draft gets when neither the caller nor the locale says. */
export const FORMALITIES = ['formal', 'neutral', 'informal'] as const;
export const FormalitySchema = zEnum(FORMALITIES);

export type Category = (typeof CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Formality = (typeof FORMALITIES)[number];
