import rule from '../../src/eslint/rules/no-sensitive-collection.js';
import { cases } from './cases/no-sensitive-collection.js';
import { testRule } from './tester.js';

testRule('no-sensitive-collection', rule, cases);
