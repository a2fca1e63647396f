import { describe, expect, it } from 'vitest';
import { declaredParentOrigin } from './messenger';

describe('declaredParentOrigin', () => {
  it.each([
    ['?parentOrigin=https://lms.example', 'https://lms.example'],
    ['?p=1,0&parentOrigin=http%3A%2F%2F127.0.0.1%3A4180', 'http://127.0.0.1:4180'],
  ])('accepts an http(s) origin: %s', (search, origin) => {
    expect(declaredParentOrigin(search)).toBe(origin);
  });

  it.each([
    '',
    '?parentOrigin=',
    '?parentOrigin=*',
    '?parentOrigin=null',
    '?parentOrigin=https://lms.example/',
    '?parentOrigin=https://lms.example/course',
    '?parentOrigin=javascript:alert(1)',
    '?parentOrigin=file:///etc/passwd',
    '?parentOrigin=%3Cscript%3E',
  ])('refuses anything else: %j', (search) => {
    expect(declaredParentOrigin(search)).toBeUndefined();
  });
});
