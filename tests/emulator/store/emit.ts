/** Fire a webhook topic for the shop (delivered only when the app subscribes to it). */
export type Emit = (topic: string, payload: Record<string, unknown>) => void;
