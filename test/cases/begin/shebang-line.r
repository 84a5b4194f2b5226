the #! line was skipped

