two one

