# frozen_string_literal: true

require_relative "../pg_helper"

# Each defence of the ballot's secrecy on its own; the attackers who try them
# together are in spec/pg/ballot_secrecy_pg.rb.
RSpec.describe "sealed ballot papers" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(4) }
  let!(:mediation_case) { open_vote(ask_for_help) }
  let(:ballot) { mediation_case.ballot }
  let(:seal) { ballot.seal }
  let(:digest) do
    DiscourseMediation::Rules::Ballot::Receipt.digest(
      DiscourseMediation::Rules::Ballot::Receipt.generate,
    )
  end
  let(:papers) { -> { DiscourseMediation::BallotPaper.where(ballot_id: ballot.id) } }

  def with_secret(secret)
    previous = GlobalSetting.safe_secret_key_base
    GlobalSetting.safe_secret_key_base = secret
    yield
  ensure
    GlobalSetting.safe_secret_key_base = previous
  end

  describe DiscourseMediation::BallotSeal do
    it "is made when the ballot opens, with a random value of its own" do
      other = open_vote(ask_for_help(on: Fabricate(:post, user: author))).ballot
      expect(seal.salt).to match(/\A\h{64}\z/)
      expect(other.seal.salt).not_to eq(seal.salt)
    end

    it "never makes two papers with the same choice look alike" do
      sealed = Array.new(3) { seal.seal(choice: "no_action", receipt_digest: digest) }
      expect(sealed.uniq.size).to eq(3)
      expect(sealed.map { seal.open(_1) }.uniq).to eq(
        [{ choice: "no_action", receipt_digest: digest, reason: nil }],
      )
    end

    it "makes every paper the same length, whatever its choice and reason" do
      longest_reason = "😀" * DiscourseMediation::Ballot::Cast::REASON_MAX_LENGTH
      sealed = [
        seal.seal(choice: "abstain", receipt_digest: digest),
        seal.seal(choice: "no_action", receipt_digest: digest, reason: "No."),
        seal.seal(choice: "x" * 50, receipt_digest: digest, reason: longest_reason),
      ]
      expect(sealed.map(&:bytesize).uniq.size).to eq(1)
      expect(seal.open(sealed.last)[:reason]).to eq(longest_reason)
    end

    it "keeps a paper's text in the row, never compressed or moved out of it" do
      storage =
        ActiveRecord::Base.connection.select_value(
          "SELECT attstorage FROM pg_attribute WHERE attrelid = 'discourse_mediation_ballot_papers'::regclass AND attname = 'sealed'",
        )
      expect(storage).to eq("p")
    end

    it "opens a paper only with its own ballot's value and the site's secret, and notices tampering" do
      sealed = seal.seal(choice: "suspension", receipt_digest: digest)
      other = open_vote(ask_for_help(on: Fabricate(:post, user: author))).ballot
      expect { other.seal.open(sealed) }.to raise_error(DiscourseMediation::BallotSeal::Unreadable)
      moved = DiscourseMediation::BallotSeal.new(ballot_id: other.id, salt: seal.salt)
      expect { moved.open(sealed) }.to raise_error(DiscourseMediation::BallotSeal::Unreadable)
      with_secret(SecureRandom.hex(64)) do
        expect { ballot.reload.seal.open(sealed) }.to raise_error(
          DiscourseMediation::BallotSeal::Unreadable,
        )
      end
      tampered = sealed.sub(/\A./) { _1 == "A" ? "B" : "A" }
      expect { seal.open(tampered) }.to raise_error(DiscourseMediation::BallotSeal::Unreadable)
    end
  end

  describe "the close" do
    before do
      cast(ballot, voter_list[0], "suspension")
      succeed(
        DiscourseMediation::Ballot::Cast.call(
          params: {
            ballot_id: ballot.id,
            choice: "formal_warning",
            paper_reason: "Once is enough",
          },
          guardian: voter_list[1].guardian,
        ),
      )
    end

    it "keeps the counts, the reasons and the receipts, and forgets the papers and their seal" do
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(ballot.reload).to have_attributes(cast_count: 2, paper_reasons: ["Once is enough"])
      expect(papers.call).to be_empty
      expect(DiscourseMediation::BallotSeal.where(ballot_id: ballot.id)).to be_empty
      receipts = DiscourseMediation::BallotReceipt.where(ballot_id: ballot.id).pluck(:digest)
      expect(receipts.size).to eq(2)
      receipt = DiscourseMediation::BallotReceipt.find_by(ballot_id: ballot.id)
      expect { receipt.update!(digest: "0" * 64) }.to raise_error(ActiveRecord::ReadOnlyRecord)
      expect(
        enqueued_jobs(Jobs::DiscourseMediation::VacuumBallotPapers).map { _1[:args].keys },
      ).to eq([["closed_xid"]])
    end

    it "refuses to count when the site's secret changed while the ballot was open, and loses nothing" do
      with_secret(SecureRandom.hex(64)) do
        expect {
          DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
        }.to raise_error(DiscourseMediation::BallotSeal::Unreadable)
      end
      expect(ballot.reload.closed?).to eq(false)
      expect(papers.call.count).to eq(2)
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(ballot.reload).to have_attributes(closed?: true, cast_count: 2)
    end

    it "counts the plain papers of a ballot open across the upgrade with the sealed ones" do
      plain_code = DiscourseMediation::Rules::Ballot::Receipt.generate
      DiscourseMediation::BallotPaper.insert_all!(
        [
          {
            ballot_id: ballot.id,
            choice: "suspension",
            receipt_digest: DiscourseMediation::Rules::Ballot::Receipt.digest(plain_code),
            reason: "Before the upgrade",
          },
        ],
      )
      DiscourseMediation::BallotBox.close!(ballot, now: ballot.closes_at)
      expect(ballot.reload).to have_attributes(
        cast_count: 3,
        outcome: "suspension",
        paper_reasons: ["Before the upgrade", "Once is enough"],
      )
      check =
        DiscourseMediation::Ballot::CheckReceipt.call(
          params: {
            ballot_id: ballot.id,
            receipt: plain_code,
          },
          guardian: voter_list[0].guardian,
        )
      expect(check.counted).to eq(true)
    end
  end

  describe Jobs::DiscourseMediation::VacuumBallotPapers do
    it "does nothing inside a transaction, where VACUUM cannot run" do
      expect { run_job(described_class, closed_xid: 1) }.not_to raise_error
      expect(enqueued_jobs(described_class)).to be_empty
    end
  end
end

RSpec.describe "vacuuming after a close", :concurrent do
  let(:job) { Jobs::DiscourseMediation::VacuumBallotPapers }
  let(:xid) { ActiveRecord::Base.connection.select_value("SELECT txid_current()") }

  def holding_a_snapshot
    holder = PG.connect(host: POSTGRES.socket_dir, user: "postgres", dbname: POSTGRES.database)
    holder.exec("BEGIN ISOLATION LEVEL REPEATABLE READ")
    holder.exec("SELECT 1")
    yield
  ensure
    holder&.exec("ROLLBACK")
    holder&.close
  end

  it "leaves no byte of a closed ballot's papers or seal in the pages, even where another ballot's papers share them" do
    configure_mediation
    voter_list = add_voters(6)
    closing, staying =
      Array.new(2) do
        open_vote(ask_for_help(on: Fabricate(:post, user: author), by: Fabricate(:member))).ballot
      end
    voter_list.each do |voter|
      cast(closing, voter, "formal_warning")
      cast(staying, voter, "no_action")
    end
    salt = closing.seal.salt
    sealed = DiscourseMediation::BallotPaper.where(ballot_id: closing.id).pluck(:sealed)
    DiscourseMediation::BallotBox.close!(closing, now: closing.closes_at)
    run_job(job, closed_xid: xid)

    BallotAdversary.enable_pageinspect!
    pages =
      BallotAdversary::BALLOT_TABLES
        .flat_map { BallotAdversary.raw_pages(_1) }
        .join
        .force_encoding(Encoding::BINARY)
    expect(pages).not_to include(salt)
    sealed.each { |paper| expect(pages).not_to include(paper[0, 64]) }
    expect(DiscourseMediation::BallotPaper.where(ballot_id: staying.id).count).to eq(6)
  end

  it "runs once when no older snapshot is held" do
    closed_xid = xid
    run_job(job, closed_xid:)
    expect(enqueued_jobs(job)).to be_empty
  end

  it "runs again later while a snapshot from before the close is held, up to a day" do
    holding_a_snapshot do
      closed_xid = xid
      run_job(job, closed_xid:)
      expect(enqueued_jobs(job).map { _1[:args] }).to eq(
        [{ "closed_xid" => closed_xid, "tries" => 1 }],
      )
      expect(enqueued_jobs(job).first[:at]).to be_within(1.minute).of(1.hour.from_now)

      Jobs.enqueued.clear
      run_job(job, closed_xid:, tries: job::MAX_TRIES - 1)
      expect(enqueued_jobs(job)).to be_empty
    end
  end
end
