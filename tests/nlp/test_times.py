"""Time expressions: finding them in Indonesian text and resolving them against the publication date.

Every sentence here is written for the test. Publication dates used most: 2024-11-16 (a Saturday) and
2024-10-14 (a Monday).
"""
from __future__ import annotations

import datetime as dt

import pytest

from warta.nlp.pipeline import make_doc
from warta.nlp.times import extract_times

SAT = dt.date(2024, 11, 16)
MON = dt.date(2024, 10, 14)


def times(text: str, published: dt.date | None = SAT) -> list[dict]:
    return extract_times(make_doc(text), published)


def found(text: str, published: dt.date | None = SAT) -> list[tuple[str, str | None]]:
    return [(t["text"], t["value"]) for t in times(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # the publication day itself counts
    ("Gubernur meresmikan pasar itu pada hari Sabtu.", SAT, [("hari Sabtu", "2024-11-16")]),
    ("Gubernur meresmikan pasar itu Senin.", MON, [("Senin", "2024-10-14")]),
    ("Pada Jumat, nelayan tidak melaut.", SAT, [("Jumat", "2024-11-15")]),
    ("Juru bicara itu mengatakan Kamis bahwa stok aman.", SAT, [("Kamis", "2024-11-14")]),
    ("Hujan turun sejak Selasa pagi.", SAT, [("Selasa pagi", "2024-11-12")]),
    ("Kebakaran terjadi Rabu sore di Medan.", SAT, [("Rabu sore", "2024-11-13")]),
    ("Gempa terjadi pada dini hari Kamis.", SAT, [("dini hari Kamis", "2024-11-14")]),
    ("Gempa susulan terjadi Kamis dini hari.", SAT, [("Kamis dini hari", "2024-11-14")]),
    ("Warga berkumpul di alun-alun pada Minggu malam.", MON, [("Minggu malam", "2024-10-13")]),
    ("Ia tiba hari Ahad.", SAT, [("hari Ahad", "2024-11-10")]),
    ("Salat digelar Jum'at siang.", SAT, [("Jum'at siang", "2024-11-15")]),
    ("Pemuda itu nongkrong pada malam Minggu.", MON, [("malam Minggu", "2024-10-12")]),
    ("Ia datang hari sabtu dan pulang hari minggu.", MON,
     [("hari sabtu", "2024-10-12"), ("hari minggu", "2024-10-13")]),
    ("Kapal itu berlabuh Jumat lalu.", SAT, [("Jumat lalu", "2024-11-15")]),
    ("Kapal itu berlabuh Sabtu lalu.", SAT, [("Sabtu lalu", "2024-11-09")]),
    ("Sidang ditunda hingga Senin depan.", SAT, [("Senin depan", "2024-11-18")]),
    ("Ia bertemu bupati pada Selasa pekan lalu.", SAT, [("Selasa pekan lalu", "2024-11-05")]),
])
def test_weekdays_anchor_on_or_before_publication(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jakarta, Sabtu (16/11/2024) - Polisi menutup jalan itu.", [("Sabtu (16/11/2024)", "2024-11-16")]),
    ("Polisi menutup jalan itu pada Rabu (13/11).", [("Rabu (13/11)", "2024-11-13")]),
    ("Rapat dimulai Selasa(12/11) pukul 10.30 WIB.", [("Selasa(12/11) pukul 10.30 WIB", "2024-11-12")]),
    ("Tersangka ditangkap Jumat (15/11) malam.", [("Jumat (15/11) malam", "2024-11-15")]),
    ("Surat itu bertanggal Kamis, 14 November 2024.", [("Kamis, 14 November 2024", "2024-11-14")]),
    ("Laporan dirilis Senin, 4 Nov. 2024.", [("Senin, 4 Nov. 2024", "2024-11-04")]),
    ("Kemarin (15/11), hujan turun deras.", [("Kemarin (15/11)", "2024-11-15")]),
    # a weekday written across New Year keeps the year in which the date falls on that weekday
    ("Pesta kembang api digelar Selasa (31/12).", [("Selasa (31/12)", "2024-12-31")]),
])
def test_weekday_with_bracketed_date_is_one_expression(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Minggu lalu, harga cabai naik tajam.", SAT, [("Minggu lalu", "2024-W45")]),
    ("“Minggu lalu kami sudah melapor,” kata warga.", SAT, [("Minggu lalu", "2024-W45")]),
    ("MEDAN (Antara) - Minggu lalu banjir merendam kota.", SAT, [("Minggu lalu", "2024-W45")]),
    ("Harga cabai naik tajam minggu lalu.", SAT, [("minggu lalu", "2024-W45")]),
    ("Harga cabai turun pekan ini.", MON, [("pekan ini", "2024-W42")]),
    ("Minggu ini harga cabai turun.", MON, [("Minggu ini", "2024-W42")]),
    ("Tim itu bertanding pekan depan.", MON, [("pekan depan", "2024-W43")]),
    ("Tim itu bertanding minggu depan.", MON, [("minggu depan", "2024-W43")]),
    ("Hasilnya diumumkan pekan mendatang.", MON, [("pekan mendatang", "2024-W43")]),
    ("Ia sakit dua minggu lalu.", SAT, [("dua minggu lalu", "2024-W44")]),
    ("Sepekan lalu ia pindah.", SAT, [("Sepekan lalu", "2024-W45")]),
    ("Mereka berlibur akhir pekan lalu.", MON, [("akhir pekan lalu", "2024-W41")]),
    ("Harga Beras Naik Minggu Lalu di Pasar Induk", SAT, [("Minggu Lalu", "2024-W45")]),
    # mid-sentence capital "Minggu" is the day, even with "lalu"
    ("Pasar tutup pada Minggu lalu karena banjir.", SAT, [("Minggu lalu", "2024-11-10")]),
    ("Pasar tutup Minggu karena banjir.", SAT, [("Minggu", "2024-11-10")]),
    ("Minggu (10/11) lalu pasar tutup.", SAT, [("Minggu (10/11) lalu", "2024-11-10")]),
])
def test_minggu_day_versus_week(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text", [
    "Perbaikan jalan itu memakan waktu dua minggu.",
    "Ia dirawat selama tiga pekan.",
    "Minggu ke-2 bulan puasa dimulai.",
    "Warga berkumpul setiap Minggu pagi.",
    "Kantor buka setiap Senin hingga Jumat.",
])
def test_weeks_counted_or_recurring_are_not_times(text):
    assert times(text) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Minggu lalu harga turun.", dt.date(2025, 1, 2), [("Minggu lalu", "2024-W52")]),
    ("Pekan ini pasar ramai.", dt.date(2024, 12, 30), [("Pekan ini", "2025-W01")]),
    ("Pekan depan sekolah libur.", dt.date(2020, 12, 28), [("Pekan depan", "2021-W01")]),
    ("Minggu lalu sekolah libur.", dt.date(2021, 1, 4), [("Minggu lalu", "2020-W53")]),
    ("Kunjungan itu digelar 30 Desember.", dt.date(2025, 1, 3), [("30 Desember", "2024-12-30")]),
    ("Ia pulang Minggu.", dt.date(2024, 1, 3), [("Minggu", "2023-12-31")]),
    ("Bulan lalu penjualan naik.", dt.date(2024, 1, 10), [("Bulan lalu", "2023-12")]),
    ("Pameran akan dibuka Januari.", dt.date(2024, 12, 5), [("Januari", "2025-01")]),
])
def test_iso_weeks_and_dates_across_a_year_boundary(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kemarin harga emas turun.", [("Kemarin", "2024-11-15")]),
    ("Hujan deras turun kemarin sore.", [("kemarin sore", "2024-11-15")]),
    ("Hari ini harga emas naik.", [("Hari ini", "2024-11-16")]),
    ("Sidang dilanjutkan besok.", [("besok", "2024-11-17")]),
    ("Sidang dilanjutkan lusa.", [("lusa", "2024-11-18")]),
    ("Gudang itu terbakar semalam.", [("semalam", "2024-11-15")]),
    ("Tadi malam listrik padam.", [("Tadi malam", "2024-11-15")]),
    ("Tiga hari lalu gempa mengguncang Palu.", [("Tiga hari lalu", "2024-11-13")]),
    ("Ia berangkat 2 hari yang lalu.", [("2 hari yang lalu", "2024-11-14")]),
    ("Ia menikah dua belas hari lalu.", [("dua belas hari lalu", "2024-11-04")]),
    ("Harga naik bulan lalu dan stabil bulan ini.", [("bulan lalu", "2024-10"), ("bulan ini", "2024-11")]),
    ("Tarif baru berlaku bulan depan.", [("bulan depan", "2024-12")]),
    ("Gedung itu dibangun tiga bulan lalu.", [("tiga bulan lalu", "2024-08")]),
    ("Ekspor naik tahun lalu, turun tahun ini, dan pulih tahun depan.",
     [("tahun lalu", "2023"), ("tahun ini", "2024"), ("tahun depan", "2025")]),
    ("Jembatan itu runtuh lima tahun silam.", [("lima tahun silam", "2019")]),
    ("Ia pensiun setahun lalu.", [("setahun lalu", "2023")]),
    ("Anggaran habis pada akhir bulan ini.", [("akhir bulan ini", "2024-11")]),
    ("Proyek itu selesai awal tahun depan.", [("awal tahun depan", "2025")]),
])
def test_relative_expressions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Pabrik itu dibuka pada 6 Maret.", SAT, [("6 Maret", "2024-03-06")]),
    ("Pabrik itu dibuka pada 20 Desember.", SAT, [("20 Desember", "2023-12-20")]),
    ("Pabrik itu dibuka pada 16 November.", SAT, [("16 November", "2024-11-16")]),
    ("Pabrik itu dibuka pada 6 Agustus 2021.", SAT, [("6 Agustus 2021", "2021-08-06")]),
    ("Kontrak diteken tanggal 3 Januari.", MON, [("tanggal 3 Januari", "2024-01-03")]),
    ("Festival berlangsung 1-3 Agustus 2024.", SAT, [("1-3 Agustus 2024", "2024-08-01")]),
    ("Penjualan tiket dibuka 12 Sept 2024.", SAT, [("12 Sept 2024", "2024-09-12")]),
    ("Ia datang 5 Agt dan pergi 9 Des.", SAT, [("5 Agt", "2024-08-05"), ("9 Des", "2023-12-09")]),
    ("Ia menikah 6 Agustus tahun lalu.", SAT, [("6 Agustus tahun lalu", "2023-08-06")]),
    ("Invasi dimulai pada Februari 2022.", SAT, [("Februari 2022", "2022-02")]),
    ("Harga naik sejak Jan 2023.", SAT, [("Jan 2023", "2023-01")]),
    ("Kunjungan itu terjadi pada bulan Juni.", MON, [("bulan Juni", "2024-06")]),
    ("Kunjungan itu terjadi pada bulan Desember.", MON, [("bulan Desember", "2023-12")]),
    ("Harga naik sejak Maret.", SAT, [("Maret", "2024-03")]),
    ("Mei lalu ia ke Bali.", SAT, [("Mei lalu", "2024-05")]),
    ("Panen raya berlangsung pertengahan Juli.", SAT, [("pertengahan Juli", "2024-07")]),
    ("Ia menikah Juni tahun lalu.", SAT, [("Juni tahun lalu", "2023-06")]),
    ("Pemilu digelar Februari mendatang.", SAT, [("Februari mendatang", "2025-02")]),
])
def test_days_and_months(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text", [
    "Mei Lan membuka toko kue di Medan.",
    "Jan Ethes tersenyum kepada wartawan.",
    "Juni Rahayu memenangi lomba itu.",
])
def test_month_names_that_are_given_names_need_a_cue(text):
    assert times(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Pada 2022 harga minyak melonjak.", [("2022", "2022")]),
    ("Desa itu diduduki sejak 2014.", [("2014", "2014")]),
    ("Sekolah itu berdiri tahun 1998.", [("tahun 1998", "1998")]),
    ("Target tercapai pada akhir 2025.", [("akhir 2025", "2025")]),
    ("Kontrak berlaku hingga 2030 mendatang.", [("2030", "2030")]),
    ("Ia menjabat periode 2014-2019.", [("2014", "2014"), ("2019", "2019")]),
    ("Program berjalan sejak 2019 lalu.", [("2019 lalu", "2019")]),
])
def test_years_need_a_cue(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Polisi mengerahkan hingga 2000 personel.",
    "Sekitar 1500 orang hadir di lapangan.",
    "Harga naik 2024 rupiah per kilogram.",
    "Kota itu tumbuh pesat pada tahun 1990-an.",
])
def test_four_digit_counts_are_not_years(text):
    assert times(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Data diperbarui pada 2024-11-10.", [("2024-11-10", "2024-11-10")]),
    ("Kebijakan itu berlaku (11/1/2025).", [("11/1/2025", "2025-01-11")]),
    ("Sidang digelar 3/2/24 di Bandung.", [("3/2/24", "2024-02-03")]),
    ("Banjir surut pada 12-11-2024.", [("12-11-2024", "2024-11-12")]),
    ("Harga cabai turun (14/11).", [("14/11", "2024-11-14")]),
    ("Harga cabai turun pada 14/11.", [("14/11", "2024-11-14")]),
])
def test_numeric_dates_are_day_month_year(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Skor akhir pertandingan 2/1 untuk tuan rumah.",
    "Lihat halaman 12/13 laporan itu.",
    "Pertemuan berlangsung pukul 10.30 WIB.",
])
def test_fractions_scores_and_bare_clock_times_are_not_dates(text):
    assert times(text) == []


@pytest.mark.parametrize("text, published, expected", [
    ("Menteri akan berkunjung ke Tokyo pada hari Senin.", SAT, [("hari Senin", "2024-11-18")]),
    ("Pada Rabu, presiden akan melantik kabinet.", SAT, [("Rabu", "2024-11-20")]),
    ("Rapat dijadwalkan pada 20 Desember.", SAT, [("20 Desember", "2024-12-20")]),
    ("Pameran itu berencana dibuka bulan Februari.", SAT, [("bulan Februari", "2025-02")]),
    ("Pemerintah akan mengumumkan hasilnya pada 2 Januari.", MON, [("2 Januari", "2025-01-02")]),
    ("Rapat akan digelar (20/11).", SAT, [("20/11", "2024-11-20")]),
    # the publication day counts forwards as well as backwards
    ("Presiden akan berpidato Sabtu malam.", SAT, [("Sabtu malam", "2024-11-16")]),
    # the clause of the expression decides, not the whole sentence
    ("Menteri mengatakan pada Senin bahwa ia akan berkunjung ke Tokyo.", SAT, [("Senin", "2024-11-11")]),
    ("Rusia telah menyerang pada Senin, dan Ukraina akan membalas pada Rabu.", SAT,
     [("Senin", "2024-11-11"), ("Rabu", "2024-11-20")]),
    ("Ia akan melanjutkan program yang telah dimulai pada Maret.", SAT, [("Maret", "2024-03")]),
    # explicit words win over the clause
    ("Ia akan menyelesaikan laporan minggu lalu itu.", SAT, [("minggu lalu", "2024-W45")]),
    ("Negosiasi masa depan dibahas setelah pemilu pada 5 November.", SAT, [("5 November", "2024-11-05")]),
])
def test_future_clause_resolves_forwards(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the first month of a range shares the year written after the second
    ("Ekspor periode Januari-Oktober 2007 naik.", SAT, [("Januari", "2007-01"), ("Oktober 2007", "2007-10")]),
    ("Musim hujan Desember hingga Februari 2008.", SAT, [("Desember", "2007-12"), ("Februari 2008", "2008-02")]),
    # promises date the promise when the expression follows the verb, the plan otherwise
    ("Kedua menteri sepakat pada Senin untuk bertemu lagi pada Rabu.", SAT,
     [("Senin", "2024-11-11"), ("Rabu", "2024-11-20")]),
    ("Perusahaan berjanji melunasi utang sebelum akhir Desember.", SAT, [("akhir Desember", "2024-12")]),
    # "makan malam" is a meal: the weekday after it is not the eve of that day
    ("Para menteri makan malam Sabtu di istana.", SAT, [("Sabtu", "2024-11-16")]),
    ("Jamuan makan malam ini berlangsung meriah.", SAT, []),
    ("Gencatan senjata berlaku mulai Selasa tengah malam.", dt.date(2025, 7, 29),
     [("Selasa tengah malam", "2025-07-29")]),
])
def test_ranges_promises_and_meals(text, published, expected):
    assert found(text, published) == expected


def test_without_publication_date_relative_values_are_none():
    result = times("Kemarin, minggu lalu, pada Sabtu (16/11), bulan Juni dan 6 Agustus 2024 serta tahun 2020.",
                   None)
    assert [(t["text"], t["value"], t["granularity"]) for t in result] == [
        ("Kemarin", None, "day"),
        ("minggu lalu", None, "week"),
        ("Sabtu (16/11)", None, "day"),
        ("bulan Juni", None, "month"),
        ("6 Agustus 2024", "2024-08-06", "day"),
        ("tahun 2020", "2020", "year"),
    ]


@pytest.mark.parametrize("text", [
    "Konflik itu berlangsung selama dua tahun.",
    "Ia bekerja selama tiga hari tanpa henti.",
    "Ini pertemuan pertama mereka dalam 24 tahun.",
    "Ia tinggal di desa itu 10 bulan.",
    "Dalam dua tahun ini ekonomi tumbuh.",
    "Pendaki itu menginap semalam di pos dua.",
    "Ia menatap masa depan dengan optimis.",
])
def test_durations_are_not_times(text):
    assert times(text) == []


def test_offsets_granularity_and_order():
    text = "Pada 6 Agustus 2024, minggu lalu dan tahun depan, serta Sabtu."
    result = times(text)
    assert [t["start"] for t in result] == sorted(t["start"] for t in result)
    for t in result:
        assert text[t["start"]:t["end"]] == t["text"]
        assert set(t) == {"text", "start", "end", "value", "granularity"}
    assert [t["granularity"] for t in result] == ["day", "week", "year", "day"]


def test_publication_datetime_is_accepted():
    assert found("Kemarin hujan.", dt.datetime(2024, 11, 16, 9, 30)) == [("Kemarin", "2024-11-15")]


def test_doc_without_sentence_boundaries_is_one_sentence():
    import spacy

    doc = spacy.blank("id")("Minggu lalu ia datang pada Sabtu (16/11).")
    assert [(t["text"], t["value"]) for t in extract_times(doc, SAT)] == [
        ("Minggu lalu", "2024-W45"), ("Sabtu (16/11)", "2024-11-16")]
    assert extract_times(make_doc(""), None) == []
