# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/evidence"

RSpec.describe DiscourseMediation::Rules::Case::Evidence do
  def problem(kind:, url: nil, quote: nil, upload_id: nil, note: "")
    described_class.problem(kind:, url:, quote:, upload_id:, note:)
  end

  describe ".link?" do
    it "takes http and https addresses with a host, whatever their case" do
      %w[
        https://github.com/org/repo/pull/4121#discussion_r1
        http://lists.example.org/archive/2026/msg01.html
        HTTPS://Chat.Example/room?x=1
      ].each { expect(described_class.link?(_1)).to eq(true), "#{_1} refused" }
    end

    it "refuses what is not a web address" do
      [
        "",
        "github.com/org/repo",
        "/t/slug/12",
        "javascript:alert(1)",
        "data:text/html,hi",
        "ftp://files.example/x",
        "mailto:someone@example.org",
        "https://",
        "https:///path",
        "https://exa mple.org",
        "http://[::1",
        "https://example.org:0/",
        "https://example.org:65536/",
        "https://example.org:port/",
        "https://example.org/\u202Efdp.exe",
      ].each { expect(described_class.link?(_1)).to eq(false), "#{_1.inspect} taken as a link" }
    end

    it "takes addresses written in other scripts, as a browser does" do
      %w[https://bücher.example/straße?q=é#ß http://例子.测试/页面 https://example.org:8443/x].each do
        expect(described_class.link?(_1)).to eq(true), "#{_1} refused"
      end
    end

    it "refuses an address that carries a login, saying so" do
      expect(problem(kind: "link", url: "https://name:secret@example.org/")).to eq(:link_with_login)
      expect(problem(kind: "link", url: "https://name@example.org/")).to eq(:link_with_login)
      expect(problem(kind: "link", url: "https://example.org/@name")).to be_nil
    end

    it "refuses an address longer than a link may be" do
      base = "https://example.org/"
      exact = base + ("a" * (described_class::LINK_MAX_LENGTH - base.length))
      expect(described_class.link?(exact)).to eq(true)
      expect(described_class.link?("#{exact}a")).to eq(false)
    end
  end

  describe ".problem" do
    it "accepts each kind with what it needs" do
      expect(problem(kind: "link", url: "https://example.org/a")).to be_nil
      expect(problem(kind: "quote", quote: "You are an idiot.")).to be_nil
      expect(problem(kind: "upload", upload_id: 7, note: "The screenshot")).to be_nil
    end

    it "refuses an unknown kind" do
      expect(problem(kind: "video", url: "https://example.org")).to eq(:unknown_kind)
      expect(problem(kind: nil)).to eq(:unknown_kind)
    end

    it "says what a link lacks" do
      expect(problem(kind: "link")).to eq(:link_missing)
      expect(problem(kind: "link", url: "not a link")).to eq(:not_a_link)
      long = "https://example.org/#{"a" * described_class::LINK_MAX_LENGTH}"
      expect(problem(kind: "link", url: long)).to eq(:link_too_long)
    end

    it "counts a quote by characters, not bytes" do
      max = described_class::QUOTE_MAX_LENGTH
      expect(problem(kind: "quote")).to eq(:quote_missing)
      expect(problem(kind: "quote", quote: "é" * max)).to be_nil
      expect(problem(kind: "quote", quote: "é" * (max + 1))).to eq(:quote_too_long)
    end

    it "needs an upload's id as a positive number" do
      expect(problem(kind: "upload")).to eq(:upload_missing)
      expect(problem(kind: "upload", upload_id: 0)).to eq(:upload_missing)
      expect(problem(kind: "upload", upload_id: "7")).to eq(:upload_missing)
    end

    it "refuses a note that is too long, whatever the kind" do
      max = described_class::NOTE_MAX_LENGTH
      expect(problem(kind: "link", url: "https://example.org", note: "a" * max)).to be_nil
      expect(problem(kind: "link", url: "https://example.org", note: "a" * (max + 1))).to eq(
        :note_too_long,
      )
    end
  end

  describe ".room_for?" do
    it "lets a case hold up to its most pieces" do
      max = described_class::MAX_PER_CASE
      expect(described_class.room_for?(max - 1)).to eq(true)
      expect(described_class.room_for?(max)).to eq(false)
      expect(described_class.room_for?(0, max)).to eq(true)
      expect(described_class.room_for?(0, max + 1)).to eq(false)
    end
  end

  describe ".upload_too_large?" do
    it "compares bytes with the limit in kilobytes" do
      expect(described_class.upload_too_large?(64 * 1024, 64)).to eq(false)
      expect(described_class.upload_too_large?((64 * 1024) + 1, 64)).to eq(true)
    end
  end

  describe ".limit_of" do
    it "names the limit each refusal is about, and none for the others" do
      expect(described_class.limit_of(:quote_too_long)).to eq(described_class::QUOTE_MAX_LENGTH)
      expect(described_class.limit_of(:where_too_long)).to eq(
        DiscourseMediation::Rules::Case::ConductPlace::WHERE_MAX_LENGTH,
      )
      expect(described_class.limit_of(:too_many)).to eq(described_class::MAX_PER_CASE)
      expect(described_class.limit_of(:not_a_link)).to be_nil
    end
  end

  describe ".image?" do
    it "shows pictures as pictures, whatever the extension's case" do
      expect(described_class.image?("PNG")).to eq(true)
      expect(described_class.image?("pdf")).to eq(false)
      expect(described_class.image?("svg")).to eq(false)
      expect(described_class.image?(nil)).to eq(false)
    end
  end
end
