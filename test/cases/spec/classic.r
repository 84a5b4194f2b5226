openat("/nonexistent/a")
  returned -2, errno 2
openat("/nonexistent/b")
  returned -2, errno 2

-- @@stderr --
