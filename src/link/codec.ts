// The whole link codec, `s` payload included (lz-string and the versioned decoders): the
// page imports this module only when needed (store/url.ts's loadLinkCodec), so a first view
// whose address has no payload does not download them.
export { decodeLink } from './decode';
export { encodeLink } from './encode';
