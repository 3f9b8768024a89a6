# coding: ascii
x = 'é'
