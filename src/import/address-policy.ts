// Which addresses an import may connect to. A URL someone pastes into Discord must not reach the
// machine the bot runs on, its network or a cloud metadata service (SSRF), so loopback, private,
// link-local, shared, multicast and reserved ranges are refused unless the operator allowlists a host.
import { BlockList, isIP } from 'node:net';

const BLOCKED_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, and the cloud metadata address 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and broadcast
];

// IPv4-mapped IPv6 (::ffff:a.b.c.d) needs no rule of its own: BlockList checks it against the IPv4
// rules above (a test holds it to that).
const BLOCKED_V6: readonly (readonly [string, number])[] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (AWS's fd00:ec2::254 metadata address among them)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

function createBlockList(): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of BLOCKED_V4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of BLOCKED_V6) list.addSubnet(network, prefix, 'ipv6');
  return list;
}

const BLOCKED = createBlockList();

/** True when the address is public: not in any refused range. Anything that is not an IP is refused. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `[::1]` → `::1`; host names lower case, without a trailing dot. */
export function normalizeHost(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/gu, '')
    .replace(/\.$/u, '')
    .toLowerCase();
}

/** IMPORT_ALLOW_HOSTS: comma- or space-separated host names or IP addresses, exempt from the check. */
export function parseAllowHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/u)
    .map(normalizeHost)
    .filter((host) => host !== '');
}
