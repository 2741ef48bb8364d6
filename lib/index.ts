/**
 * The pure core of the extension: no browser APIs, no DOM, no WXT; runs in plain Node.
 * Data lives in assets/data/*.json; every function that needs it takes an optional `data: HostData`
 * argument defaulting to the bundled data, so settings or a remote catalogue can replace it.
 */
export { academies, academyById, academyForAddress, academyForDomain, isStaffAddress } from './academies';
export { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './addresses';
export {
  buildCloudId,
  CLOUD_ID_MAX_BYTES,
  cloudUserProblem,
  firstForbiddenUserChar,
  resolveCloudId,
  stripShareLinkFragments,
  utf8ByteLength,
} from './cloud-id';
export type { CloudId, CloudUserProblem } from './cloud-id';
export {
  bundledHostData,
  expandHostTemplate,
  isValidHostname,
  matchesHostPattern,
  normalizeHostname,
} from './hosts';
export { normalizeNextcloudHost } from './nextcloud-host';
export { allInstanceHosts, instanceForUrl, instanceHost, instanceUrl, nationalInstances } from './instances';
export type { InstanceMatch } from './instances';
export {
  ACADEMY_KINDS,
  ACADEMY_SERVICE_IDS,
  academiesFileSchema,
  academySchema,
  hostDataSchema,
  instancesFileSchema,
  PLATFORMS,
  SERVICE_IDS,
} from './schemas';
export type {
  Academy,
  AcademyKind,
  AcademyServiceId,
  HostData,
  HostPattern,
  NationalInstance,
  Platform,
  ServiceId,
} from './schemas';
export { buildShareId } from './share-id';
export type { ShareIdErrorCode, ShareIdOptions, ShareIdResult } from './share-id';
export * from './faq/index';
export * from './signin';
export * from './share';
