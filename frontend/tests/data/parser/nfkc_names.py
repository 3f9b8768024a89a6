ﬁ = 1
print(ﬁ)
ℌ = 2
