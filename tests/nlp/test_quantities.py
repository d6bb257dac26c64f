"""Quantities: number reading, qualifiers, ranges, units, and what is not a quantity.

Every sentence here is written for these tests; each row names the linguistic case it stands for.
"""
from __future__ import annotations

import pytest

from warta.nlp.numbers import parse_digits, parse_number, vague_bounds
from warta.nlp.pipeline import make_doc
from warta.nlp.quantities import extract_quantities


def quantities(text: str, times: list[dict] | None = None) -> list[dict]:
    return extract_quantities(make_doc(text), times or [])


def only(text: str) -> dict:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------------------------------ number reading


@pytest.mark.parametrize(
    "text,value",
    [
        ("12.000", 12000),  # dot groups thousands
        ("100.000.000", 100000000),
        ("5.000,50", 5000.5),  # comma is the decimal mark
        ("1,5", 1.5),
        ("1,5 juta", 1500000),
        ("2,3 miliar", 2300000000),
        ("4 triliun", 4000000000000),
        ("20 rb", 20000),
        ("3 jt", 3000000),
        ("12,000", 12000),  # English grouping in translated text
        ("1,500 juta", 1500000),  # ... but a comma group before a scale is a decimal
        ("2.5", 2.5),
        ("satu", 1),
        ("sembilan", 9),
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh tiga", 23),
        ("seratus", 100),
        ("seratus dua puluh", 120),
        ("dua ratus sebelas", 211),
        ("tiga ratus lima puluh", 350),
        ("seribu", 1000),
        ("seribu lima ratus", 1500),
        ("dua ribu", 2000),
        ("tiga ratus lima puluh ribu", 350000),
        ("sejuta", 1000000),
        ("setengah juta", 500000),
        ("dua setengah juta", 2500000),
        ("nol", 0),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value
    assert type(parse_number(text)) is type(value)


@pytest.mark.parametrize(
    "text",
    ["dua tiga", "dua puluh tiga puluh", "lima puluh tiga ratus", "setengah", "belasan", "beberapa", "juta", "abc"],
)
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text,bounds",
    [
        ("belasan", (11, 19)),
        ("puluhan", (20, 99)),
        ("ratusan", (200, 999)),
        ("ribuan", (2000, 9999)),
        ("jutaan", (2000000, 9999999)),
        ("belasan ribu", (11000, 19999)),
        ("puluhan ribu", (20000, 99999)),
        ("ratusan ribu", (200000, 999999)),
        ("beberapa ratus", (200, 999)),
        ("beberapa ribu", (2000, 9999)),
    ],
)
def test_vague_bounds(text, bounds):
    assert vague_bounds(text) == bounds
    assert parse_number(text) is None


def test_parse_digits_shapes():
    assert parse_digits("1.234.567,89") == 1234567.89
    assert parse_digits("1,500", scaled=True) == 1.5
    assert parse_digits("12.00.0") is None


# -------------------------------------------------------------------------------------- quantities found

CASES = [
    # (sentence, span text, value, low, high, qualifier, unit)
    ("Banjir merendam 1,5 juta rumah warga.", "1,5 juta rumah", 1500000, None, None, "exact", "rumah"),
    ("Pasar itu menampung 12.000 pedagang.", "12.000 pedagang", 12000, None, None, "exact", "pedagang"),
    ("Sebanyak dua belas nelayan belum pulang.", "dua belas nelayan", 12, None, None, "exact", "nelayan"),
    ("Seratus dua puluh rumah terbakar semalam.", "Seratus dua puluh rumah", 120, None, None, "exact", "rumah"),
    ("Panitia menyiapkan 350 kursi.", "350 kursi", 350, None, None, "exact", "kursi"),
    ("Panitia menyewa tiga ratus lima puluh tenda.", "tiga ratus lima puluh tenda", 350, None, None, "exact", "tenda"),
    ("Belasan kios hangus dilalap api.", "Belasan kios", None, 11, 19, "approx", "kios"),
    ("Puluhan mahasiswa berkumpul di kampus.", "Puluhan mahasiswa", None, 20, 99, "approx", "mahasiswa"),
    ("Ratusan polisi berjaga di stadion.", "Ratusan polisi", None, 200, 999, "approx", "polisi"),
    ("Puluhan ribu buruh menggelar mogok.", "Puluhan ribu buruh", None, 20000, 99999, "approx", "buruh"),
    ("Beberapa ratus nelayan memprotes aturan itu.", "Beberapa ratus nelayan", None, 200, 999, "approx", "nelayan"),
    # qualifiers
    ("Kapal itu mengangkut hingga 800 penumpang.", "hingga 800 penumpang", 800, None, 800, "at_most", "penumpang"),
    ("Gedung itu menampung maksimal 300 tamu.", "maksimal 300 tamu", 300, None, 300, "at_most", "tamu"),
    ("Tidak lebih dari 15 orang boleh masuk.", "Tidak lebih dari 15 orang", 15, None, 15, "at_most", "orang"),
    ("Kurang dari 10 persen pemilih datang.", "Kurang dari 10 persen", 10, None, 10, "at_most", "persen"),
    ("Sekitar 500 orang berunjuk rasa.", "Sekitar 500 orang", 500, None, None, "approx", "orang"),
    ("Api melahap kurang lebih 40 hektare.", "kurang lebih 40 hektare", 40, None, None, "approx", "hektare"),
    ("Ia menunggu hampir tiga jam di bandara.", "hampir tiga jam", 3, None, None, "approx", "jam"),
    ("Lebih dari 40 penumpang selamat.", "Lebih dari 40 penumpang", 40, 40, None, "at_least", "penumpang"),
    ("Setidaknya 7 orang terluka akibat ledakan.", "Setidaknya 7 orang", 7, 7, None, "at_least", "orang"),
    ("Paling sedikit 12 rumah rusak berat.", "Paling sedikit 12 rumah", 12, 12, None, "at_least", "rumah"),
    ("Sebanyak 300 orang lebih mengungsi.", "300 orang lebih", 300, 300, None, "at_least", "orang"),
    ("Ada 1.000-an orang di lapangan.", "1.000-an orang", 1000, None, None, "approx", "orang"),
    ("Penjaga pantai menghalau hingga belasan perahu.", "hingga belasan perahu", None, 11, 19, "at_most", "perahu"),
    # ranges
    ("Polisi memeriksa 10-20 orang saksi.", "10-20 orang", None, 10, 20, "range", "orang"),
    ("Polisi menahan antara 10 dan 20 orang.", "antara 10 dan 20 orang", None, 10, 20, "range", "orang"),
    ("Antrean mencapai 10 hingga 20 kendaraan.", "10 hingga 20 kendaraan", None, 10, 20, "range", "kendaraan"),
    ("Korban diperkirakan 10 hingga 20 ribu jiwa.", "10 hingga 20 ribu jiwa", None, 10000, 20000, "range", "jiwa"),
    ("Dua atau tiga kapal terlihat di perairan itu.", "Dua atau tiga kapal", None, 2, 3, "range", "kapal"),
    ("Harga naik 10 persen hingga 20 persen.", "10 persen hingga 20 persen", None, 10, 20, "range", "persen"),
    # percentages and money
    ("Inflasi naik 3,5% tahun ini.", "3,5%", 3.5, None, None, "exact", "persen"),
    ("Tingkat kehadiran mencapai 50 persen.", "50 persen", 50, None, None, "exact", "persen"),
    ("Kerugian ditaksir Rp 5 miliar.", "Rp 5 miliar", 5000000000, None, None, "exact", "rupiah"),
    ("Harga tiket naik menjadi Rp5.000 per orang.", "Rp5.000", 5000, None, None, "exact", "rupiah"),
    ("Proyek itu bernilai Rp 2 M menurut dinas.", "Rp 2 M", 2000000000, None, None, "exact", "rupiah"),
    ("Donor memberikan US$ 10 juta.", "US$ 10 juta", 10000000, None, None, "exact", "dolar AS"),
    ("Bantuan senilai 10 juta dolar AS tiba.", "10 juta dolar AS", 10000000, None, None, "exact", "dolar AS"),
    ("Denda sebesar 5.000,50 euro dijatuhkan.", "5.000,50 euro", 5000.5, None, None, "exact", "euro"),
    ("Dana Rp 1 juta hingga Rp 2 juta disiapkan.", "Rp 1 juta hingga Rp 2 juta", None, 1e6, 2e6, "range", "rupiah"),
    ("Harga cabai naik hingga Rp 80 ribu.", "hingga Rp 80 ribu", 80000, None, 80000, "at_most", "rupiah"),
    ("Upahnya antara dua dan tiga juta rupiah.", "antara dua dan tiga juta rupiah", None, 2e6, 3e6, "range", "rupiah"),
    ("Donor menjanjikan US$ 3 juta bantuan.", "US$ 3 juta", 3000000, None, None, "exact", "dolar AS"),
    ("Ongkosnya Rp. 4.500 sekali jalan.", "Rp. 4.500", 4500, None, None, "exact", "rupiah"),
    ("Harga buku itu RM45 di Johor.", "RM45", 45, None, None, "exact", "ringgit"),
    # units and bare numbers
    ("Retakan itu membentang ±5 km.", "±5 km", 5, None, None, "approx", "km"),
    ("Jumlahnya 2,5 juta menurut sensus.", "2,5 juta", 2500000, None, None, "exact", None),
    ("Rudal itu diarahkan ke 40 desa perbatasan.", "40 desa", 40, None, None, "exact", "desa"),
    ("Dari jumlah itu, 25 berhasil dicegat.", "25", 25, None, None, "exact", None),
    ("Sebagian dicegat, sementara 14 lainnya jatuh di ladang.", "14", 14, None, None, "exact", None),
    ("Serangan itu mengenai 9 di wilayah selatan.", "9", 9, None, None, "exact", None),
    ("Angkatan laut mengirim 6 kapal Inggris.", "6 kapal", 6, None, None, "exact", "kapal"),
    ("Militer menembakkan tiga buah rudal ke laut.", "tiga buah rudal", 3, None, None, "exact", "rudal"),
    ("Sebanyak 20 WNI dievakuasi.", "20 WNI", 20, None, None, "exact", "WNI"),
    ("Polisi menangkap 4 tersangka pencurian.", "4 tersangka", 4, None, None, "exact", "tersangka"),
    ("Suhu turun hingga -5 derajat.", "hingga -5 derajat", -5, None, -5, "at_most", "derajat"),
    # durations are quantities
    ("Ia dipenjara selama dua tahun.", "dua tahun", 2, None, None, "exact", "tahun"),
    ("Kunjungan itu yang pertama dalam 30 tahun.", "30 tahun", 30, None, None, "exact", "tahun"),
    ("Perundingan berlangsung tiga hari.", "tiga hari", 3, None, None, "exact", "hari"),
]


@pytest.mark.parametrize("text,span,value,low,high,qualifier,unit", CASES)
def test_quantity(text, span, value, low, high, qualifier, unit):
    q = only(text)
    assert q["text"] == span
    assert (q["value"], q["low"], q["high"], q["qualifier"], q["unit"]) == (value, low, high, qualifier, unit)


def test_whole_values_are_ints():
    q = only("Sebanyak 1.200 pekerja dirumahkan.")
    assert q["value"] == 1200 and isinstance(q["value"], int)


def test_offsets_and_order():
    text = "Sekitar 30 drone datang, 12 ditembak, dan ribuan warga mengungsi ke 4 kota."
    doc = make_doc(text)
    found = extract_quantities(doc, [])
    assert [q["text"] for q in found] == ["Sekitar 30 drone", "12", "ribuan warga", "4 kota"]
    for q in found:
        assert doc.text[q["start"] : q["end"]] == q["text"]
    assert [q["start"] for q in found] == sorted(q["start"] for q in found)


# ---------------------------------------------------------------------------------------- not quantities


@pytest.mark.parametrize(
    "text",
    [
        "Ia lahir pada tahun 1975 dan pindah pada 2001.",  # years
        "Sejak 2019 pabrik itu berhenti beroperasi.",
        "Anggaran tahun 2024-2025 disahkan.",
        "Warga kampung itu pindah pada 1990-an.",
        "Rapat digelar pada 6 Agustus di Bandung.",  # dates
        "Surat itu bertanggal 11/1/2025.",
        "Ia tiba Senin (3/2) malam.",
        "Pembayaran jatuh tempo tanggal 15.",
        "Gempa terjadi pukul 10.30 WIB.",  # clock times
        "Rapat dimulai pukul 9 pagi.",
        "Sirene berbunyi jam 7 malam.",
        "Kereta berangkat 14.45 dari stasiun.",
        "Pertemuan ke-6 digelar di Bali.",  # ordinals
        "Abad ke-21 membawa perubahan.",
        "Kedua negara sepakat bekerja sama.",
        "Ia menjadi orang pertama yang tiba.",
        "Tim ketiga datang belakangan.",
        "Korea Utara menguji rudal Hwasong-15 di laut.",  # names and codes
        "Pesawat Su-35 terbang rendah.",
        "KTT G20 digelar di Brasil.",
        "Densus 88 menggerebek rumah itu.",
        "Jet F-16 mendarat di pangkalan.",
        "Pandemi Covid-19 melanda dunia.",
        "Hal itu diatur dalam Pasal 5 ayat 2.",
        "Ia menerima surat No. 5 dari kantor itu.",
        "Ia tinggal di rumah nomor 3 di ujung gang.",
        "Kutipan itu ada di halaman 4 laporan.",
        "Ia tinggal di RT 05/RW 02.",
        "Macet panjang terjadi di KM 57.",
        "Budi (45) ditangkap polisi.",  # ages
        "Seorang pria berusia 45 tahun ditemukan.",
        "Korban berusia sekitar 30 tahun.",
        "Para korban berusia antara 20 dan 30 tahun.",
        "Hubungi 0812-3456-7890 untuk informasi.",  # phone-like
        "Laga itu berakhir 3-1 untuk tuan rumah.",  # scores
        "1. Warga diminta tetap tenang.",  # list numbering
        "Salah satu korban masih dirawat.",  # idioms
        "Mereka saling menghormati satu sama lain.",
        "Warga menggelar lomba 17-an di lapangan.",
        "Tiga hari lalu ia tiba di Jakarta.",  # a point in time, not an amount
        "Lima tahun silam desa itu dilanda banjir.",
        "Ia akan kembali dua minggu lagi.",
        "Delegasi itu tiba di Lima kemarin.",  # a capitalised number word is a name
    ],
)
def test_not_a_quantity(text):
    assert quantities(text) == []


def test_times_are_never_overlapped():
    text = "Sejak 12 Mei, 40 keluarga mengungsi selama 3 hari."
    start = text.index("3 hari")
    times = [{"start": text.index("12 Mei"), "end": text.index("12 Mei") + 6}, {"start": start, "end": start + 6}]
    found = quantities(text, times)
    assert [q["text"] for q in found] == ["40 keluarga"]


def test_time_overlapping_unit_only_keeps_the_number():
    text = "Korban bertambah 5 hari ini."
    start = text.index("hari ini")
    found = quantities(text, [{"start": start, "end": start + len("hari ini")}])
    assert [(q["text"], q["unit"]) for q in found] == [("5", None)]


def test_short_paragraph():
    text = (
        "Banjir bandang melanda tiga kecamatan pada Selasa (4/3). Sedikitnya 1.200 warga mengungsi, "
        "sementara 45 rumah hanyut. Kerugian ditaksir Rp 12,5 miliar. Tim SAR mengerahkan puluhan "
        "perahu karet dan 2 helikopter; pencarian dihentikan pukul 18.00 WIB."
    )
    found = [(q["text"], q["value"], q["qualifier"], q["unit"]) for q in quantities(text)]
    assert found == [
        ("tiga kecamatan", 3, "exact", "kecamatan"),
        ("Sedikitnya 1.200 warga", 1200, "at_least", "warga"),
        ("45 rumah", 45, "exact", "rumah"),
        ("Rp 12,5 miliar", 12500000000, "exact", "rupiah"),
        ("puluhan perahu", None, "approx", "perahu"),
        ("2 helikopter", 2, "exact", "helikopter"),
    ]


def test_empty_doc():
    assert quantities("") == []
