small
not three

