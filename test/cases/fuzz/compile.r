no findings
