-100 /nonexistent/dtrace-test/typed 0 4

