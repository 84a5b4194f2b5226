exit status 0
Disassembly of clause 1 (prog.d, line 1):
    ; 2: /1 + 1 == 2/
    ; 4: x = 1;
    ; 5: y = x + 2;
    ; 7: printf("%d\n", y);
    ; the clause's record
in order
