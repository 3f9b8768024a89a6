# Encoding and decoding sample texts with every CJK codec of the stdlib's encodings
SAMPLES = {
    "zh": "中文字符，简体：汉语拼音 ABC 123 ￥",
    "tw": "中文字元，繁體：國語注音 ㄅㄆㄇ",
    "hk": "香港增補字符集 嘅 咗 𠵱 Ê̄ ê̌",
    "ja": "日本語のテキスト、カタカナ ｶﾀｶﾅ 漢字 ①②Ⅰ ～＼",
    "ja2004": "か゚き゚ 𠀋 ㇷ゚ æ̀ 俱 剝",
    "ko": "한국어 텍스트 똠방각하 ㄱㄴㄷ 漢字",
}
CODECS = {
    "gb2312": "zh", "gbk": "zh", "gb18030": "zh", "hz": "zh", "big5": "tw", "cp950": "tw", "big5hkscs": "hk",
    "cp932": "ja", "shift_jis": "ja", "euc_jp": "ja", "shift_jis_2004": "ja2004", "shift_jisx0213": "ja2004",
    "euc_jis_2004": "ja2004", "euc_jisx0213": "ja2004", "iso2022_jp": "ja", "iso2022_jp_1": "ja",
    "iso2022_jp_2": "ko", "iso2022_jp_2004": "ja2004", "iso2022_jp_3": "ja2004", "iso2022_jp_ext": "ja",
    "iso2022_kr": "ko", "euc_kr": "ko", "cp949": "ko", "johab": "ko",
}
for codec, lang in CODECS.items():
    text = SAMPLES[lang]
    data = text.encode(codec, "backslashreplace")
    print(codec, data)
    print("  ", ascii(data.decode(codec, "replace")))
    print("  ", ascii(text.encode(codec, "replace").decode(codec)))

# Aliases reach the same codecs.
import codecs
for alias in ["sjis", "eucjp", "ujis", "csiso2022jp", "ms932", "uhc", "ks_c_5601_1987", "big5_hkscs", "gb18030_2000",
              "chinese", "euccn", "hzgb", "jisx0213", "s_jisx0213", "iso_2022_jp_2", "iso2022jp_ext", "korean"]:
    print(alias, codecs.lookup(alias).name)

# GB 18030's four-byte forms, Johab's Hangul and EUC-KR's make-up sequences.
print("\x80\u00a5\u4dae\ue5e5\uffff\U00010000\U0010ffff".encode("gb18030"))
print(b"\x81\x30\x81\x30\x84\x31\xa4\x39\x90\x30\x81\x30\xe3\x32\x9a\x35".decode("gb18030"))
print("\uac00\ud7a3\u3131\u3164\u4e00".encode("johab"), b"\x88\x61\x84\x41\xd3\xb7".decode("johab"))
print("\uac02\ub620".encode("euc_kr"), b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2".decode("euc_kr"))
print("\uf8f0\uf8f1\uf8f3\ue000\ue757".encode("cp932"), b"\xa0\xfd\xff\xf0\x40\xf9\xfc".decode("cp932"))
