import { describe, expect, it } from 'vitest';
import { stripChatMarkup } from '../../../src/core/text/chat-markup.js';

describe('stripChatMarkup', () => {
  it('removes mentions, channels, custom emoji, timestamps, command mentions and links', () => {
    const message =
      '<@123456789012345678> <@!42> <@&77> <#987654321> who is <:pepe_laugh:112233> <a:spin:445566> page ' +
      '<t:1700000000:R> </ask:556677> https://t.co/abc123 www.example.com/x?';
    expect(stripChatMarkup(message).split(/\s+/).filter(Boolean)).toEqual(['who', 'is', 'page']);
  });

  it('leaves ordinary text, angle brackets and numbers alone', () => {
    const text = 'did 3 < 5 matter in 2016? <not markup> and a:b';
    expect(stripChatMarkup(text)).toBe(text);
  });
});
