// Support for tests: servers and harnesses shared by the test targets.
