//! Integration tests of perda-law.

mod corpus;
