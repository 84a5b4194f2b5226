4 calls

