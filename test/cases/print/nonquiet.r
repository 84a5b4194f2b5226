CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN struct pair {
    int a = 0x1
    int b = 0x2
}
  0      1                           :BEGIN int 0xa
string "str"

  0      1                           :BEGIN 

