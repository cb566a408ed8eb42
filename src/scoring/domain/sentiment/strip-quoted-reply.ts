/**
 * Shoppers paste the merchant's answer into their own review ("商家回复：亲，感谢您的好评…",
 * "Seller response: thank you…"). Those words are the merchant's, and a polite reply would
 * turn a complaint positive, so sentiment reads only the text before the first such marker.
 * A marker at the very start is left alone: then the whole text is the reply.
 */
const REPLY_MARKER =
  /(?:商家|卖家|掌柜|店家|客服|官方)(?:的)?(?:回复|回覆|答复)\s*[:：]|(?:seller|merchant|owner|store|shop|vendor)(?:'s)?\s+(?:response|reply|replied|responded)\s*[:：]|(?:response|reply)\s+from\s+(?:the\s+)?(?:seller|merchant|owner|store|shop|vendor)\s*[:：]?/iu;

export function stripQuotedReply(text: string): string {
  const match = REPLY_MARKER.exec(text);
  if (!match || match.index === 0) return text;
  return text.slice(0, match.index);
}
