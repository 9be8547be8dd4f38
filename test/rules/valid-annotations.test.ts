import rule from '../../src/eslint/rules/valid-annotations.js';
import { cases } from './cases/valid-annotations.js';
import { testRule } from './tester.js';

testRule('valid-annotations', rule, cases);
