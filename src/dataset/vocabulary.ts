/**
 * The dataset's closed vocabularies as plain constants: the schemas (src/dataset/schema.ts) build
 * their enums from them, and code that must not carry zod (the content scripts' labels) reads them
 * here.
 */
/**
 * Every platform the record speaks of. The first four are sites Precedent annotates; the others
 * appear in records only (an account's other platforms, events there).
 */
export const PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'truthsocial',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'threads',
  'telegram',
  /** WeChat official accounts (Tencent acted on an Australian prime minister's in 2020). */
  'wechat',
  /** Sina Weibo (it switched off comments on, and removed, foreign embassies' posts). */
  'weibo',
  /** Twitch (it suspended a sitting US president's channel in 2020 and banned it in 2021). */
  'twitch',
  /** Snapchat (it stopped promoting, then banned, a sitting US president's account in 2020-21). */
  'snapchat',
  /** Zhihu (US embassy diplomats' accounts there vanished after a question-and-answer session in 2016). */
  'zhihu',
] as const;

/**
 * What an account is, as its sources describe it (shown as "personal account", "office account"…).
 * The kinds are defined once, in docs/data-standards.md ("Account kinds").
 */
export const ACCOUNT_KINDS = [
  'official',
  'personal',
  'office',
  'ministry',
  'embassy',
  'spokesperson',
  'state-media',
  'campaign',
  'affiliated',
] as const;

export const ACTIONS = [
  'post-removed',
  'post-hidden-notice',
  'post-labelled',
  'reach-limited',
  /**
   * The post stays up and visible, but the platform turned off replies, comments or sharing on it
   * (Weibo switching off comments on foreign embassies' posts). Not `reach-limited`: who can see the
   * post is unchanged; what readers can do with it is not.
   */
  'interaction-restricted',
  /**
   * The account may no longer buy ads, or no longer earn from them (Twitter's 2017 ban on RT's and
   * Sputnik's ads, a channel demonetised, an advertising account closed), while it can still post.
   * Not `reach-limited`: its own posts reach as many readers as before.
   */
  'ads-restricted',
  'withheld-in-country',
  /**
   * The account stays up but its owner cannot use it (post, comment, go live): until they act (delete
   * a post, verify the account), for a set time (a 24-hour or 30-day posting block), or behind a
   * "temporarily restricted" notice. Not a suspension: the account itself was not taken down. Where
   * the platform itself calls a set-time ban a suspension (YouTube's strike-based upload
   * suspensions), the record follows its word: `temporary-suspension`.
   */
  'account-locked',
  /**
   * Suspended for a set time (a 12-hour suspension), or lifted within days of the suspension (its
   * return recorded as a `reinstatement` where a source dates it): the label must not read "indefinite"
   * beside a return the next day.
   */
  'temporary-suspension',
  /** Suspended with no end set and not lifted within days (e.g. Facebook's suspension of Trump in January 2021). */
  'indefinite-suspension',
  'permanent-suspension',
  'reinstatement',
  'account-labelled',
  'account-label-removed',
  'no-action',
] as const;
