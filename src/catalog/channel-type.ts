export const CHANNEL_TYPES = ['web', 'app', 'mini_program', 'social', 'live_stream', 'offline', 'marketplace_import', 'other'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
