import rule from '../../src/eslint/rules/no-undeclared-transfer.js';
import { cases } from './cases/no-undeclared-transfer.js';
import { testRule } from './tester.js';

testRule('no-undeclared-transfer', rule, cases);
