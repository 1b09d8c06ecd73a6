export * from './fake-discord.js';
export { FakeGateway, type IdentifyPayload } from './fake-gateway.js';
export { FakeRest, makeSnowflake, type RecordedRequest, type RequestMatcher } from './fake-rest.js';
