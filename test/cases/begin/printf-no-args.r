plain text
tab	here, quote " and backslash \

