import rule from '../../src/eslint/rules/no-undeclared-collection.js';
import { cases } from './cases/no-undeclared-collection.js';
import { testRule } from './tester.js';

testRule('no-undeclared-collection', rule, cases);
