import rule from '../../src/eslint/rules/require-encryption-at-rest.js';
import { cases } from './cases/require-encryption-at-rest.js';
import { testRule } from './tester.js';

testRule('require-encryption-at-rest', rule, cases);
