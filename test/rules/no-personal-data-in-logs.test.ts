import rule from '../../src/eslint/rules/no-personal-data-in-logs.js';
import { cases } from './cases/no-personal-data-in-logs.js';
import { testRule } from './tester.js';

testRule('no-personal-data-in-logs', rule, cases);
