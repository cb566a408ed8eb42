import { addressAllowed, checkWebhookUrl, classifyAddress, withoutCredentials, type AddressClass, type UrlPolicy } from './webhook-address.js';

/*
 * The ONLY place where private, link-local and public addresses appear in the tests: a pure table.
 * Nothing here resolves a name or opens a connection.
 */
describe('classifyAddress', () => {
  it.each<[string, AddressClass]>([
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['::1', 'loopback'], ['[::1]', 'loopback'],
    ['10.0.0.1', 'blocked'], ['10.255.255.255', 'blocked'], ['172.16.0.1', 'blocked'], ['172.31.255.255', 'blocked'], ['192.168.1.1', 'blocked'],
    ['169.254.169.254', 'blocked'], ['169.254.0.1', 'blocked'], ['100.64.0.1', 'blocked'], ['100.127.255.255', 'blocked'],
    ['0.0.0.0', 'blocked'], ['0.1.2.3', 'blocked'], ['255.255.255.255', 'blocked'], ['240.0.0.1', 'blocked'],
    ['224.0.0.1', 'blocked'], ['239.255.255.250', 'blocked'], ['192.0.0.8', 'blocked'], ['192.0.2.10', 'blocked'], ['198.18.0.1', 'blocked'],
    ['198.51.100.7', 'blocked'], ['203.0.113.9', 'blocked'], ['192.88.99.1', 'blocked'],
    ['::', 'blocked'], ['::ffff:127.0.0.1', 'blocked'], ['::ffff:7f00:1', 'blocked'], ['::ffff:8.8.8.8', 'blocked'], ['::127.0.0.1', 'blocked'],
    ['::ffff:0:a00:1', 'blocked'], ['fc00::1', 'blocked'], ['fd12:3456:789a::1', 'blocked'], ['fe80::1', 'blocked'], ['fe80::1%eth0', 'blocked'],
    ['febf::1', 'blocked'], ['fec0::1', 'blocked'], ['ff02::1', 'blocked'], ['2001:db8::1', 'blocked'], ['2001:0:4136:e378::1', 'blocked'],
    ['64:ff9b::10.0.0.1', 'blocked'], ['64:ff9b::a9fe:a9fe', 'blocked'], ['64:ff9b::7f00:1', 'blocked'], ['64:ff9b:1::1', 'blocked'],
    ['2002:c0a8:0101::1', 'blocked'], ['2002:7f00:1::', 'blocked'], ['100::1', 'blocked'], ['3fff::1', 'blocked'],
    ['8.8.8.8', 'public'], ['1.1.1.1', 'public'], ['100.63.255.255', 'public'], ['100.128.0.1', 'public'], ['172.15.255.255', 'public'],
    ['172.32.0.1', 'public'], ['169.253.255.255', 'public'], ['11.0.0.1', 'public'], ['223.255.255.255', 'public'],
    ['2606:4700:4700::1111', 'public'], ['2a00:1450:4001:80b::200e', 'public'], ['64:ff9b::8.8.8.8', 'public'], ['2002:0808:0808::1', 'public'],
    ['not-an-ip', 'blocked'], ['', 'blocked'], ['1.2.3', 'blocked'],
  ])('%s → %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it('lets loopback through only with the operator setting', () => {
    expect(addressAllowed('127.0.0.1', { allowLoopback: false })).toBe(false);
    expect(addressAllowed('::1', { allowLoopback: true })).toBe(true);
    expect(addressAllowed('10.0.0.1', { allowLoopback: true })).toBe(false);
    expect(addressAllowed('::ffff:127.0.0.1', { allowLoopback: true })).toBe(false);
  });
});

describe('checkWebhookUrl', () => {
  const dev: UrlPolicy = { allowLoopback: false, requireHttps: false };
  const loop: UrlPolicy = { allowLoopback: true, requireHttps: false };
  const prod: UrlPolicy = { allowLoopback: false, requireHttps: true };

  it.each<[string, UrlPolicy, string]>([
    ['http://127.0.0.1:8080/hook', dev, 'address_not_public'],
    ['http://localhost:8080/hook', dev, 'address_not_public'],
    ['http://api.localhost/hook', dev, 'address_not_public'],
    ['http://[::1]/hook', dev, 'address_not_public'],
    ['http://10.1.2.3/hook', loop, 'address_not_public'],
    ['http://169.254.169.254/latest/meta-data/', loop, 'address_not_public'],
    ['http://[fd00::1]/hook', loop, 'address_not_public'],
    ['http://[::ffff:127.0.0.1]/hook', loop, 'address_not_public'],
    ['http://[::ffff:a9fe:a9fe]/hook', loop, 'address_not_public'],
    ['http://2130706433/hook', loop, 'numeric_ip_form'],
    ['http://0x7f000001/hook', loop, 'numeric_ip_form'],
    ['http://0177.0.0.1/hook', loop, 'numeric_ip_form'],
    ['http://127.1/hook', loop, 'numeric_ip_form'],
    ['http://0x7f.1/hook', loop, 'numeric_ip_form'],
    ['http://127.0.0.1./hook', loop, 'numeric_ip_form'],
    ['http://%31%32%37.0.0.1/hook', loop, 'numeric_ip_form'],
    ['http://134744072/hook', dev, 'numeric_ip_form'],
    ['http://user:pass@example.com/hook', dev, 'credentials'],
    ['http://user@example.com/hook', dev, 'credentials'],
    ['http://@example.com/hook', dev, 'credentials'],
    ['https://:secret@127.0.0.1/hook', loop, 'credentials'],
    ['http://example.com/hook', prod, 'https_required'],
    ['ftp://example.com/hook', dev, 'invalid_url'],
    ['file:///etc/passwd', dev, 'invalid_url'],
    ['not a url', dev, 'invalid_url'],
  ])('refuses %s', (url, policy, reason) => {
    expect(checkWebhookUrl(url, policy)).toEqual({ ok: false, reason });
  });

  it.each<[string, UrlPolicy, string, boolean]>([
    ['http://127.0.0.1:8080/hook', loop, '127.0.0.1', true],
    ['http://[::1]:9/hook', loop, '::1', true],
    ['http://localhost:8080/hook', loop, 'localhost', false],
    ['https://hooks.example.com/candor', prod, 'hooks.example.com', false],
    ['https://8.8.8.8/hook', prod, '8.8.8.8', true],
    ['http://Hooks.Example.com:8443/x?y=1', dev, 'hooks.example.com', false],
  ])('accepts %s (host %s, literal %s)', (url, policy, hostname, literal) => {
    expect(checkWebhookUrl(url, policy)).toMatchObject({ ok: true, hostname, literal });
  });
});

describe('withoutCredentials', () => {
  it('hides user:password of rows stored before they were refused', () => {
    expect(withoutCredentials('https://user:secret@hooks.example.com/x?y=1')).toBe('https://hooks.example.com/x?y=1');
    expect(withoutCredentials('https://hooks.example.com/x')).toBe('https://hooks.example.com/x');
  });
});
