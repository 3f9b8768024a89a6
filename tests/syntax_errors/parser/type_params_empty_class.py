class C[]: pass
