import rule from '../../src/eslint/rules/no-plaintext-password.js';
import { cases } from './cases/no-plaintext-password.js';
import { testRule } from './tester.js';

testRule('no-plaintext-password', rule, cases);
