# frozen_string_literal: true

require_relative "../pg_helper"

# The queries rewritten for the largest forums (issue 31) answer as the old
# ones did (support/legacy_queries.rb), on a year of generated cases: every
# state, outcome, sanction and review date, several requests per case. The
# same comparisons run at 100,000 cases in spec/pg/scale.
RSpec.describe "the rewritten queries" do
  let!(:world) { ScaleData.generate!(cases: 1200, span_days: 330) }
  let(:mediator) { User.find(world.mediator_id) }

  before { SiteSetting.mediation_mediator_groups = world.mediators_group_id.to_s }

  def new_archive(params)
    DiscourseMediation::ArchiveQuery.new(params.with_indifferent_access).cases.map(&:id)
  end

  it "finds the same archive pages as the single query with OR, for every filter and search" do
    searches = [
      {},
      { page: "1" },
      { page: "9" },
      { state: "archived" },
      { outcome: "formal_warning" },
      { from: 90.days.ago.to_date.iso8601, to: 10.days.ago.to_date.iso8601 },
      { q: world.rare_username },
      { q: world.rare_username.upcase },
      { q: world.rare_title },
      { q: world.common_title },
      { q: world.common_title, page: "2" },
      { q: world.common_title, state: "resolved", outcome: "no_action" },
      { q: "m" },
      { q: "m", page: "4" },
      { q: "%" },
      { q: "_1" },
      { q: "nothing like this" },
    ]
    searches.each do |params|
      expect(new_archive(params)).to eq(
        LegacyQueries.archive_page_ids(params.with_indifferent_access),
      ),
      params.inspect
    end
  end

  it "finds by username only the cases that still name the person, as before, when the setting changes" do
    SiteSetting.mediation_forgiveness_months = 2
    SiteSetting.mediation_archive_names_months = 1
    params = { q: "m" }.with_indifferent_access
    expect(new_archive(params)).to eq(LegacyQueries.archive_page_ids(params))
  end

  context "with cases opened before the transparency window and resolved, escalated or decided in it" do
    let!(:world) { ScaleData.generate!(cases: 6000, span_days: 1000) }

    # Among the cases of the first 200 days, some resolved, escalated and
    # decided months after they opened: within every window below.
    before do
      early = DiscourseMediation::MediationCase.where("created_at < ?", 800.days.ago)
      early
        .where(state: "resolved")
        .where("id % 5 = 0")
        .update_all("ended_at = created_at + (150 + id % 400) * interval '1 day'")
      opened = "(SELECT c.created_at FROM discourse_mediation_cases c WHERE c.id = case_id)"
      {
        "escalate" => "60 + case_id % 500",
        "close_ballot" => "90 + case_id % 500",
      }.each do |action, days|
        DiscourseMediation::CaseEvent.where(action:, case_id: early.select(:id)).update_all(
          "created_at = #{opened} + (#{days}) * interval '1 day'",
        )
      end
      DiscourseMediation::MediationCase.where("id % 7 = 0").update_all(
        conduct_place: "private_message",
      )
    end

    # The cases opened since `since` in each period, by where the conduct
    # happened, counted one by one (small counts hidden as the report does).
    def cases_by_place(since, period)
      DiscourseMediation::MediationCase
        .where("created_at >= ?", since)
        .pluck(:created_at, :conduct_place)
        .group_by { |at, _| transparency.period_key(at, period) }
        .transform_values do |cases|
          DiscourseMediation::Rules::Case::ConductPlace::PLACES.to_h do |place|
            [place, transparency.count(cases.count { _2 == place })]
          end
        end
    end

    # How many cases opened before `since` resolved, escalated or were decided
    # after the first period that `since` falls in.
    def earlier_cases_in_later_periods(since, period)
      later = transparency.next_period_start(transparency.period_start(since, period), period)
      early = DiscourseMediation::MediationCase.where("created_at < ?", since)
      [
        early.where(state: "resolved").where("ended_at >= ?", later).count,
        *%w[escalate close_ballot].map do |action|
          DiscourseMediation::CaseEvent
            .where(action:, case_id: early.select(:id))
            .where("created_at >= ?", later)
            .count
        end,
      ]
    end

    def transparency
      DiscourseMediation::Rules::Record::Transparency
    end

    it "shows the figures the old query computed from every request and case since the window began" do
      DiscourseMediation::TransparencyRollup.refresh!
      today = Time.zone.now
      [
        today,
        (today - 2.months).beginning_of_month + 14.days + 9.hours + 17.minutes,
        (today - 5.months).beginning_of_month + 27.days + 3.hours,
        (today - 6.months).beginning_of_month + 6.days + 22.hours,
      ].each do |now|
        travel_to(now) do
          { month: 12, quarter: 24 }.each do |period, months|
            since = DiscourseMediation::Rules::Record::Forgiveness.months_ago(Time.zone.now, months)
            rows = DiscourseMediation::TransparencyQuery.new(period:).rows
            # The old query had no count by place: that column is new.
            expect(rows.map { _1.except(:cases_by_place) }).to eq(
              LegacyQueries.transparency_rows(period:, since:).map { _1.except(:cases_by_place) },
            ),
            "#{period} at #{now}"
            by_place = cases_by_place(since, period)
            expect(rows.to_h { [_1[:period], _1[:cases_by_place]] }).to eq(
              rows.to_h { [_1[:period], by_place.fetch(_1[:period])] },
            )
            expect(rows.sum { _1[:cases_by_place]["private_message"].to_i }).to be > 3
            expect(rows.first[:period]).to eq(transparency.period_key(since, period))
            expect(rows.size).to be > 3
            expect(earlier_cases_in_later_periods(since, period)).to all(be >= 3),
            "#{period} at #{now}"
          end
        end
      end
    end
  end

  it "counts again what changed since the last count, to the figures a count from nothing gives" do
    figures = -> do
      [
        *DiscourseMediation::TransparencyFigure.order(:period_kind, :starts_at),
        *DiscourseMediation::TransparencyDay.order(:day),
      ].map { _1.attributes.except("id", "refreshed_at") }
    end
    late = DiscourseMediation::MediationCase.where(state: "resolved").order(:created_at).first
    late.update_columns(first_response_at: nil)
    DiscourseMediation::TransparencyRollup.refresh!

    travel(2.hours) do
      late.update_columns(first_response_at: Time.zone.now)
      open_case = DiscourseMediation::MediationCase.where(state: "mediating").first
      open_case.update_columns(state: "resolved", ended_at: Time.zone.now)
      DiscourseMediation::CaseEvent.create!(case_id: open_case.id, action: "escalate")
      DiscourseMediation::HelpRequest.create!(
        case_id: open_case.id,
        user_id: world.member_id,
        post_id: open_case.post_id,
        kind: "other",
      )
      DiscourseMediation::TransparencyRollup.refresh!
      counted_again = figures.call
      expect(counted_again.count { _1.key?("day") }).to be > 100
      DiscourseMediation::TransparencyFigure.delete_all
      DiscourseMediation::TransparencyDay.delete_all
      DiscourseMediation::TransparencyRollup.refresh!
      expect(counted_again).to eq(figures.call)
    end
  end

  it "counts the queue's tabs as before, the Closed tab up to its cap, and lists the same Closed page" do
    old = LegacyQueries.queue_counts(mediator)
    query = DiscourseMediation::QueueQuery.new(user: mediator, filter: :closed, page: 0)
    expect(old[:closed]).to be > DiscourseMediation::QueueQuery::CLOSED_COUNT_CAP
    expect(query.counts).to eq(old.merge(closed: DiscourseMediation::QueueQuery::CLOSED_COUNT_CAP))
    expect(query.counts_capped).to eq([:closed])
    expect(query.cases.map(&:id)).to eq(LegacyQueries.closed_tab_ids(mediator))

    stub_const("DiscourseMediation::QueueQuery::CLOSED_COUNT_CAP", old[:closed])
    exact = DiscourseMediation::QueueQuery.new(user: mediator, filter: :closed, page: 0)
    expect(exact.counts).to eq(old)
    expect(exact.counts_capped).to eq([])
  end

  it "reads My help requests in the same number of queries whatever the cases' ballots" do
    requester = User.find(world.heavy_requester_id)
    read = -> do
      count_queries do
        ActiveModel::ArraySerializer.new(
          DiscourseMediation::HelpRequest.listed_for(requester, 100),
          each_serializer: DiscourseMediation::MyHelpRequestSerializer,
          scope: requester.guardian,
        ).as_json
      end
    end
    before = read.call
    ActiveRecord::Base.connection.execute(<<~SQL)
      INSERT INTO discourse_mediation_ballots (case_id, kind, options, eligible_count, quorum_percent, opens_at, closes_at, created_at, updated_at)
      SELECT case_id, 'appeal', '{no_action}', 5, 50, now(), now() + interval '2 days', now(), now()
      FROM discourse_mediation_help_requests WHERE user_id = #{requester.id}
    SQL
    expect(read.call).to eq(before)
  end
end
