/**
 * The pure core of the extension: no browser APIs, no DOM, no WXT; runs in plain Node.
 * Data lives in assets/data/*.json; every function that needs it takes an optional `data: HostData`
 * argument defaulting to the bundled data, so settings or a remote catalogue can replace it.
 */
export {
  academies,
  academyById,
  academyForAddress,
  academyForDomain,
  isStaffAddress,
} from './platform/academies';
export {
  bundledDomainMistakes,
  editDistance,
  suggestStaffAddress,
  suggestStaffDomain,
} from './platform/address-suggestion';
export type {
  AddressSuggestion,
  DomainMistake,
  DomainSuggestion,
  SuggestionReason,
} from './platform/address-suggestion';
export { readStaffAddress } from './platform/staff-address';
export type { StaffAddressReading } from './platform/staff-address';
export { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from './share/addresses';
export {
  buildCloudId,
  CLOUD_ID_MAX_BYTES,
  cloudUserProblem,
  firstForbiddenUserChar,
  resolveCloudId,
  stripShareLinkFragments,
  utf8ByteLength,
} from './share/cloud-id';
export type { CloudId, CloudUserProblem } from './share/cloud-id';
export {
  bundledHostData,
  expandHostTemplate,
  isValidHostname,
  matchesHostPattern,
  normalizeHostname,
} from './platform/hosts';
export { normalizeNextcloudHost } from './share/nextcloud-host';
export {
  allInstanceHosts,
  instanceForUrl,
  instanceHost,
  instanceUrl,
  nationalInstances,
} from './platform/instances';
export type { InstanceMatch } from './platform/instances';
export {
  ACADEMY_KINDS,
  ACADEMY_SERVICE_IDS,
  academiesFileSchema,
  academySchema,
  hostDataSchema,
  instancesFileSchema,
  PLATFORMS,
  SERVICE_IDS,
} from './platform/schemas';
export type {
  Academy,
  AcademyKind,
  AcademyServiceId,
  HostData,
  HostPattern,
  NationalInstance,
  Platform,
  ServiceId,
} from './platform/schemas';
export { buildShareId, SHARE_ID_ERROR_CODES } from './share/share-id';
export type { ShareIdErrorCode, ShareIdErrorParams, ShareIdOptions, ShareIdResult } from './share/share-id';
export * from './faq';
export * from './signin/signin';
export * from './share/share';
// The words of sharing live in locales/share.ts (the core returns codes); re-exported here so that the
// public API keeps the names it always had.
export {
  describeShareError,
  hostExplanation,
  shareMenuTitle,
  shareNotice,
  shareReason,
  shareTexts,
} from '../locales/share';
export type { ShareNotice } from '../locales/share';
export {
  FEDERATION_ID_ERROR_CODES,
  isAcademyCloud,
  isNuageNode,
  nuageNodeName,
  parseFederationId,
} from './share/federation-id';
export type { FederationIdErrorCode, FederationIdOptions, FederationIdResult } from './share/federation-id';
