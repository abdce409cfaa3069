# frozen_string_literal: true

require_relative "../pg_helper"

# The query objects behind the queue, the archive, the transparency report
# and a subject's history: the right rows, paging, and a number of queries
# that does not grow with the number of cases.
RSpec.describe "the query objects" do
  before { configure_mediation }

  def new_case(by: Fabricate(:member), author: Fabricate(:member), **request)
    ask_for_help(on: Fabricate(:post, user: author), by:, **request)
  end

  describe DiscourseMediation::QueueQuery do
    def queue(filter, page: 0, user: mediator)
      described_class.new(user:, filter:, page:)
    end

    it "puts urgent cases first, then the longest waiting, with counts and kinds of active requests" do
      older = new_case
      travel(1.hour) { @urgent = new_case(kind: "unsafe") }
      travel(2.hours) { ask_for_help(on: older.post, by: Fabricate(:member), kind: "other") }
      rows = queue(:unassigned).page_cases
      expect(rows.map(&:id)).to eq([@urgent.id, older.id])
      expect(rows.last.requests_count).to eq(2)
      expect(rows.last.request_kinds).to eq(%w[deescalate other])
    end

    it "holds each case in the tabs it belongs to, with counts for the labels" do
      mine = claim(new_case)
      theirs = claim(new_case, by: other_mediator)
      waiting = new_case
      escalated = escalate(new_case)
      expect(queue(:mine).page_cases.map(&:id)).to contain_exactly(mine.id, escalated.id)
      expect(queue(:unassigned).page_cases.map(&:id)).to eq([waiting.id])
      expect(queue(:escalated).page_cases.map(&:id)).to eq([escalated.id])
      expect(queue(:open).counts).to eq(
        unassigned: 1,
        mine: 2,
        open: 4,
        escalated: 1,
        decided: 0,
        overdue: 0,
        closed: 0,
      )
      expect(queue(:open).page_cases.map(&:id)).to include(theirs.id)
    end

    it "lists in Overdue the cases past their stage's target, and only those" do
      SiteSetting.mediation_mediating_days = 14
      SiteSetting.mediation_report_days = 7
      SiteSetting.mediation_first_response_hours = 24
      long_mediated = claim(new_case)
      long_unclaimed = new_case
      @old_report = escalate(new_case)
      travel(10.days) { @fresh_report = escalate(new_case) }
      travel(15.days) do
        @fresh = claim(new_case)
        expect(queue(:overdue).page_cases.map(&:id)).to contain_exactly(
          long_mediated.id,
          long_unclaimed.id,
          @old_report.id,
        )
        expect(queue(:overdue).counts[:overdue]).to eq(3)
        row = queue(:overdue).page_cases.find { _1.id == long_mediated.id }
        expect(row.stage_due_at).to eq_time(long_mediated.stage_started_at + 14.days)
        expect(row.overdue?).to eq(true)
        expect(@fresh.reload.overdue?).to eq(false)
      end
    end

    it "falls back to the first tab for an unknown one" do
      expect(queue("../../etc").filter_name).to eq(:unassigned)
    end

    it "pages by thirty" do
      31.times { new_case }
      expect(queue(:unassigned).page_cases.size).to eq(30)
      expect(queue(:unassigned).more?).to eq(true)
      expect(queue(:unassigned, page: 1).page_cases.size).to eq(1)
      expect(queue(:unassigned, page: 1).more?).to eq(false)
    end

    def read_page(filter)
      count_queries do
        q = queue(filter)
        q.page_cases.each { |c| [c.topic&.title, c.post&.raw, c.mediator&.username] }
        q.counts
      end
    end

    it "reads a page in the same number of queries for 2 cases as for 12" do
      2.times { claim(new_case) }
      read_page(:open)
      few = read_page(:open)
      10.times { claim(new_case, by: [mediator, other_mediator].sample) }
      expect(read_page(:open)).to eq(few)
    end
  end

  describe DiscourseMediation::ArchiveQuery do
    let!(:resolved) do
      mediation_case = claim(new_case(author:))
      succeed(
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "ok",
          },
          guardian: mediator.guardian,
        ),
      )
      mediation_case.reload
    end
    let!(:withdrawn) do
      mediation_case = new_case
      succeed(
        DiscourseMediation::HelpRequest::Withdraw.call(
          params: {
            help_request_id: mediation_case.help_requests.first.id,
          },
          guardian: mediation_case.help_requests.first.user.guardian,
        ),
      )
      mediation_case.reload
    end
    let!(:open_case) { new_case }

    def archive(**params)
      described_class.new(params.with_indifferent_access)
    end

    it "lists ended cases, newest first, and never open ones" do
      expect(archive.page_cases.map(&:id)).to eq([withdrawn.id, resolved.id])
      expect(archive.more?).to eq(false)
    end

    it "filters by state and by the topic's title" do
      expect(archive(state: "resolved").page_cases.map(&:id)).to eq([resolved.id])
      expect(archive(q: withdrawn.topic.title).page_cases.map(&:id)).to eq([withdrawn.id])
    end

    describe "forgiveness" do
      let(:sanctioned_author) { Fabricate(:member, username: "forgiven_one") }
      let!(:decided) do
        new_case(author:).tap do |c|
          c.update_columns(state: "closed", outcome: "no_action", ended_at: 2.days.ago)
        end
      end
      let!(:sanctioned) do
        new_case(author: sanctioned_author).tap do |c|
          c.update_columns(
            state: "archived",
            outcome: "suspension",
            ended_at: 400.days.ago,
            sanction_ends_at: 370.days.ago,
          )
        end
      end

      before { SiteSetting.mediation_forgiveness_months = 12 }

      it "finds by username only the cases that still name the person concerned" do
        expect(archive(q: author.username.upcase).page_cases.map(&:id)).to eq([decided.id])
        expect(archive(q: "forgiven_one").page_cases).to be_empty
        expect(archive(q: sanctioned.topic.title).page_cases.map(&:id)).to eq([sanctioned.id])
      end

      it "names the person only in decided cases within the period, never in resolved or withdrawn ones" do
        expect(decided.reload.names_subject?).to eq(true)
        expect([resolved, withdrawn, sanctioned].map { _1.reload.names_subject? }).to eq(
          [false, false, false],
        )
      end

      it "keeps names of sanctioned cases for the period the setting gives after the sanction ends" do
        SiteSetting.mediation_archive_names_months = 24
        expect(sanctioned.reload.names_subject?).to eq(true)
        expect(archive(q: "forgiven_one").page_cases.map(&:id)).to eq([sanctioned.id])
        SiteSetting.mediation_archive_names_months = 6
        expect(archive(q: "forgiven_one").page_cases).to be_empty
      end

      it "keeps ended cases in the queue's Closed tab only while they are remembered" do
        closed_tab = DiscourseMediation::QueueQuery.new(user: mediator, filter: :closed, page: 0)
        expect(closed_tab.page_cases.map(&:id)).to contain_exactly(
          decided.id,
          resolved.id,
          withdrawn.id,
        )
        expect(closed_tab.counts[:closed]).to eq(3)
        travel(13.months) do
          expect(
            DiscourseMediation::QueueQuery.new(user: mediator, filter: :closed, page: 0).page_cases,
          ).to be_empty
        end
      end
    end

    it "treats search text as text, not as a pattern" do
      expect(archive(q: "%").page_cases).to be_empty
    end

    it "ignores dates it cannot read, however long" do
      expect(archive(from: "x" * 200, to: "2026-13-45").page_cases.size).to eq(2)
    end

    it "reads a page in the same number of queries for 2 cases as for 8" do
      few =
        count_queries do
          archive.page_cases.each { |c| [c.topic&.title, c.ballot, c.people.map(&:user)] }
        end
      6.times do
        mediation_case = claim(new_case)
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "ok",
          },
          guardian: mediator.guardian,
        )
      end
      many =
        count_queries do
          archive.page_cases.each { |c| [c.topic&.title, c.ballot, c.people.map(&:user)] }
        end
      expect(many).to eq(few)
    end
  end

  describe DiscourseMediation::SubjectHistoryQuery do
    it "shows the person's other cases within the forgiveness period, and forgets older ones" do
      current = new_case(author:)
      recent = claim(new_case(author:))
      DiscourseMediation::Case::Resolve.call(
        params: {
          case_id: recent.id,
          outcome_note: "ok",
        },
        guardian: mediator.guardian,
      )
      old = nil
      travel(-14.months) do
        old = claim(new_case(author:))
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: old.id,
            outcome_note: "ok",
          },
          guardian: mediator.guardian,
        )
      end
      new_case # someone else's
      expect(described_class.new(current).cases.map(&:id)).to eq([recent.id])
    end
  end

  describe DiscourseMediation::TransparencyQuery do
    it "counts this month's requests and outcomes, hiding counts below three" do
      4.times { new_case }
      claim(new_case).then do |mediation_case|
        DiscourseMediation::Case::Resolve.call(
          params: {
            case_id: mediation_case.id,
            outcome_note: "ok",
          },
          guardian: mediator.guardian,
        )
      end
      DiscourseMediation::TransparencyRollup.refresh!
      row = described_class.new(period: :month).rows.last
      expect(row[:requests]).to eq(5)
      expect(row[:resolved]).to eq(DiscourseMediation::Rules::Record::Transparency::FEWER)
    end

    it "reads the whole report in the same number of queries for 2 cases as for 8" do
      2.times { new_case }
      DiscourseMediation::TransparencyRollup.refresh!
      few = count_queries { described_class.new(period: :quarter).rows }
      6.times { new_case }
      DiscourseMediation::TransparencyRollup.refresh!
      expect(count_queries { described_class.new(period: :quarter).rows }).to eq(few)
    end

    it "shows the figures as of the last count, which the scheduled job keeps up to date" do
      3.times { new_case }
      expect(described_class.new(period: :month).rows).to eq([])
      expect(described_class.new(period: :month).counted_at).to be_nil
      freeze_time do
        run_job(Jobs::DiscourseMediation::CountMediationTransparency)
        expect(described_class.new(period: :month).rows.map { _1[:requests] }).to eq([3])
        expect(described_class.new(period: :month).counted_at).to eq_time(Time.zone.now)
      end
    end
  end

  describe DiscourseMediation::TopicBanner do
    let!(:mediation_case) { new_case }

    def banner_for(guardian)
      DiscourseMediation::TopicMediation.new(mediation_case.topic).banner(guardian)
    end

    it "says nothing until a mediator works in the topic, then names nobody" do
      expect(banner_for(member.guardian)).to be_nil
      claim(mediation_case)
      expect(banner_for(member.guardian)).to eq(
        in_progress: true,
        case_id: nil,
        can_post_as_mediator: false,
      )
      expect(banner_for(mediator.guardian)).to eq(
        in_progress: true,
        case_id: mediation_case.id,
        can_post_as_mediator: true,
      )
    end
  end

  describe DiscourseMediation::TopicMediation do
    it "costs an ordinary topic view one query for the banner and the ballot together, for any reader" do
      topic = Fabricate(:topic)
      [member, mediator, moderator].map(&:guardian)
        .each do |guardian|
          queries =
            count_queries do
              lookup = described_class.new(topic)
              expect(lookup.banner(guardian)).to be_nil
              expect(lookup.ballot(guardian)).to be_nil
            end
          expect(queries).to eq(1)
        end
    end

    it "finds the case being mediated on the topic and the ballot above a report topic in that one query" do
      mediation_case = claim(new_case)
      expect(described_class.new(mediation_case.topic).banner(member.guardian)).to include(
        in_progress: true,
      )
      add_voters(3)
      ballot = open_vote(new_case(author:)).ballot
      run_enqueued_jobs
      report_topic = ballot.reload.topic
      expect(described_class.new(report_topic).ballot(moderator.guardian)).to include(id: ballot.id)
      expect(described_class.new(report_topic).banner(moderator.guardian)).to be_nil
    end

    it "costs nothing when mediation is turned off" do
      topic = Fabricate(:topic)
      guardian = member.guardian
      SiteSetting.mediation_enabled = false
      expect(count_queries { described_class.new(topic).banner(guardian) }).to eq(0)
    end
  end

  describe DiscourseMediation::MediatorPostMark do
    let!(:mediation_case) { claim(new_case) }

    it "marks the case's mediator's posts in the topic, and nobody else's" do
      own = Fabricate(:post, topic: mediation_case.topic, user: mediator)
      other = Fabricate(:post, topic: mediation_case.topic, user: other_mediator)
      [own, other].each { described_class.mark_if_mediating(_1) }
      expect(PostCustomField.where(name: described_class::FIELD).pluck(:post_id)).to eq([own.id])
      expect(mediation_case.events.where(action: "mediator_posted").count).to eq(1)
    end
  end
end
