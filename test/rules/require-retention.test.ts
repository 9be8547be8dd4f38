import rule from '../../src/eslint/rules/require-retention.js';
import { cases } from './cases/require-retention.js';
import { testRule } from './tester.js';

testRule('require-retention', rule, cases);
