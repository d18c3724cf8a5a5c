"""CSV files saved in another text encoding than UTF-8 (German Excel's Windows-1252, GBK,
Excel's UTF-16 "Unicode text"): refused with their row unless the encoding is given, read
as the same text once it is, and read again so when the project is reopened."""

import codecs

import pytest

from engine import datasets
from engine.datasets import text_encodings
from engine.datasets.csv_layout import HEAD_BYTES
from engine.datasets.csv_preview import peek
from engine.datasets.sources import from_source
from engine.errors import DataError, NotInTextEncoding

GERMAN = ("Stadt;Fläche;Zimmer;Preis\nKöln;94,9;3;407,9\nMünchen;80,5;2;612,0\n"
          "Köln;70,1;2;301,5\nDüsseldorf;60,0;1;250,0\nMünchen;100,2;4;800,0\n")
CHINESE = "城市,面积,价格\n北京,50,3.5\n上海,60,4.2\n北京,70,5.1\n广州,40,2.0\n"


def test_a_windows_1252_file_is_refused_with_its_row_then_read_when_named(tmp_path):
    path = tmp_path / "häuser.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    with pytest.raises(NotInTextEncoding, match=r"row 1 is not UTF-8 text \(byte 0xe4\)"
                       r".*Windows-1252") as caught:
        datasets.read_csv(path, target="Preis")
    assert caught.value.row == 1 and caught.value.encoding == "utf-8"
    ds = datasets.read_csv(path, target="Preis", text_encoding="CP1252")
    assert ds.feature_names == ("Stadt=Düsseldorf", "Stadt=Köln", "Stadt=München", "Fläche",
                                "Zimmer")
    assert ds.Y.ravel().tolist() == [407.9, 612.0, 301.5, 250.0, 800.0]
    assert ds.source["options"]["text_encoding"] == "cp1252"
    # a project keeps the choice: its data are read again in the same encoding
    again = from_source(ds.source)
    assert again.feature_names == ds.feature_names and (again.X == ds.X).all()


def test_utf_8_is_not_recorded_and_the_same_file_in_utf_8_reads_alike(tmp_path):
    (tmp_path / "a.csv").write_bytes(GERMAN.encode("cp1252"))
    (tmp_path / "b.csv").write_text(GERMAN, encoding="utf-8")
    a = datasets.read_csv(tmp_path / "a.csv", target="Preis", text_encoding="cp1252")
    b = datasets.read_csv(tmp_path / "b.csv", target="Preis")
    assert "text_encoding" not in b.source["options"]
    assert a.feature_names == b.feature_names and (a.X == b.X).all() and (a.Y == b.Y).all()


def test_a_gbk_file_reads_its_chinese_categories(tmp_path):
    path = tmp_path / "房价.csv"
    path.write_bytes(CHINESE.encode("gbk"))
    with pytest.raises(NotInTextEncoding, match="row 1 is not UTF-8"):
        datasets.read_csv(path, target="价格")
    ds = datasets.read_csv(path, target="价格", text_encoding="gbk")
    assert ds.feature_names[:3] == ("城市=上海", "城市=北京", "城市=广州")
    assert ds.source["options"]["text_encoding"] == "gbk"


def test_a_utf_16_file_is_recognised_by_its_byte_order_mark(tmp_path):
    """Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated, and in German
    with decimal commas."""
    path = tmp_path / "unicode.txt"
    path.write_bytes(GERMAN.replace(";", "\t").encode("utf-16"))
    ds = datasets.read_csv(path, target="Preis")
    assert ds.feature_names[1] == "Stadt=Köln"
    assert ds.X[0].tolist() == [0, 1, 0, 94.9, 3]
    assert ds.source["options"]["text_encoding"] == "utf-16"
    assert peek(path).text_encoding == "utf-16"


def test_a_large_files_text_is_converted_whole_and_a_bad_byte_named_by_its_row(tmp_path):
    rows = [f"{k % 7},{'Köln' if k % 2 else 'Zürich'},{k % 3}" for k in range(30_000)]
    data = ("x,stadt,label\n" + "\n".join(rows) + "\n").encode("cp1252")
    assert len(data) > HEAD_BYTES
    path = tmp_path / "big.csv"
    path.write_bytes(data)
    ds = datasets.read_csv(path, target="label", text_encoding="cp1252")
    assert ds.n_samples == 30_000 and ds.feature_names == ("x", "stadt=Köln", "stadt=Zürich")
    path.write_bytes(data + b"1,\x80\xff,2\n")
    with pytest.raises(NotInTextEncoding, match=r"row 30002 is not GBK / GB18030 .* text"):
        datasets.read_csv(path, target="label", text_encoding="gb18030")


def test_a_binary_file_is_still_called_binary_in_any_encoding(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes(b"x,y\n1,\x00\xff\n")
    with pytest.raises(DataError, match="row 2 contains a NUL byte"):
        datasets.read_csv(path, text_encoding="cp1252")


@pytest.mark.parametrize("name", ["klingon", "base64", "", 7])
def test_an_unknown_encoding_is_refused_by_name(tmp_path, name):
    (tmp_path / "a.csv").write_text("x,y\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(DataError, match="text encoding"):
        datasets.read_csv(tmp_path / "a.csv", text_encoding=name)


def test_names_are_recorded_as_python_spells_them():
    assert text_encodings.canonical("UTF8") == "utf-8"
    assert text_encodings.canonical("Latin1") == "latin-1"
    assert text_encodings.canonical("GBK") == "gbk"
    assert text_encodings.canonical(" windows-1252 ") == "cp1252"


def test_the_likely_encoding_follows_the_language_and_reads_the_bytes():
    german, chinese = GERMAN.encode("cp1252"), CHINESE.encode("gbk")
    assert text_encodings.likely_encoding(german, "de_DE") == "cp1252"
    assert text_encodings.likely_encoding(german, None) == "cp1252"
    assert text_encodings.likely_encoding(chinese, "zh_CN") == "gb18030"
    assert chinese.decode(text_encodings.likely_encoding(chinese, "zh_CN")) == CHINESE
    assert text_encodings.likely_encoding(codecs.BOM_UTF16_LE + "a".encode("utf-16-le")) \
        == "utf-16"
    # the bytes decide before the language: Chinese characters are pairs of bytes, a
    # German accent stands alone
    assert text_encodings.likely_encoding(chinese, "en") == "gb18030"
    assert text_encodings.likely_encoding(german, "zh_CN") == "cp1252"
    # bytes Windows-1252 leaves undefined (0x81) are not offered as it
    assert text_encodings.likely_encoding(b"a,b\n\x81\x40,1\n", "en") != "cp1252"


@pytest.mark.parametrize("delimiter", ["\t", "|"])
def test_a_tab_or_bar_file_takes_decimal_commas_that_no_thousands_separator_writes(
        tmp_path, delimiter):
    path = tmp_path / "de.txt"
    path.write_text(f"a{delimiter}b{delimiter}c\n94,9{delimiter}1{delimiter}x\n"
                    f"0,25{delimiter}2{delimiter}y\n1.234,5{delimiter}3{delimiter}x\n",
                    encoding="utf-8")
    assert datasets.read_csv(path, target="c").X[:, 0].tolist() == [94.9, 0.25, 1234.5]
    # "1,234" alone may be a thousand: refused, as before
    path.write_text(f"a{delimiter}b{delimiter}c\n1,234{delimiter}1{delimiter}x\n"
                    f"2,500{delimiter}2{delimiter}y\n", encoding="utf-8")
    with pytest.raises(DataError, match="'1,234' is not a number"):
        datasets.read_csv(path, target="c")
