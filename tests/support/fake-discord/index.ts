export * from './fake-discord.js';
export { FakeGateway, type IdentifyPayload } from './fake-gateway.js';
export {
  FakeRest,
  type MultipartBody,
  makeSnowflake,
  parseMultipart,
  type RecordedRequest,
  type RequestMatcher,
  type UploadedFile,
} from './fake-rest.js';
