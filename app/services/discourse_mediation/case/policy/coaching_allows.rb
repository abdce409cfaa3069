# frozen_string_literal: true

module DiscourseMediation
  # Whether this step of a coaching can be taken now, where the coaching
  # stands (a second submission included: answered with 409), and if not,
  # why. What was sent is CoachingInput's (422). `CoachingAllows[:propose]`
  # guards proposing the plan. Checked under the case's lock.
  class Case::Policy::CoachingAllows < Service::PolicyBase
    delegate :mediation_case, :params, to: :context, private: true

    extend Case::Policy::PerCheck

    CoachingRules = DiscourseMediation::Rules::DueProcess::Coaching

    UNPROCESSABLE = %i[
      plan_missing
      plan_too_long
      no_check_ins
      too_many_check_ins
      invalid_date
      date_in_past
      date_after_period
      duplicate_dates
      invalid_status
      invalid_result
    ].freeze

    def call
      problem.nil? || UNPROCESSABLE.include?(problem)
    end

    def reason
      I18n.t(
        "discourse_mediation.errors.coaching.#{problem}",
        count: count_for(problem),
        ends_on: ends_on&.iso8601,
        result:
          coaching&.result &&
            I18n.t("discourse_mediation.errors.coaching.results.#{coaching.result}"),
      )
    end

    protected

    def problem
      return @problem if defined?(@problem)
      @problem = finished_problem || send(:"#{self.class.check}_problem")
    end

    private

    def coaching
      mediation_case.coaching
    end

    def today
      Time.zone.now.utc.to_date
    end

    def finished_problem
      return :finished if coaching&.finished?
      # A coaching outcome always has an end (its step has a duration); one
      # without is refused, never guessed at.
      :no_period if ends_on.nil?
    end

    def ends_on
      Coaching.period_ends_on(mediation_case)
    end

    def period_over?
      ends_on < today
    end

    def propose_problem
      return :plan_pending if coaching&.plan_status == "proposed"
      return :plan_agreed if coaching&.agreed?
      CoachingRules.plan_errors(plan: params.plan, dates: params.dates, today:, ends_on:).first
    end

    def answer_problem
      return :no_plan if coaching&.plan_status != "proposed"
      return if params.answer != "agree"
      CoachingRules.agree_error(due_dates: coaching.check_ins.map(&:due_on), today:, ends_on:)
    end

    def check_in_problem
      return :check_in_before_agreement if !coaching&.agreed?
      check_in = context[:check_in]
      CoachingRules.check_in_error(
        due_on: check_in.due_on,
        recorded: check_in.recorded?,
        status: params.status,
        today:,
      )
    end

    def summary_problem
      return :period_over if period_over?
      :summary_not_open if coaching.nil? || !coaching.summary_open?(today)
    end

    def finish_problem
      return :no_coaching_yet if coaching.nil?
      error =
        CoachingRules.finish_error(
          result: params.result,
          agreed: coaching.agreed?,
          all_recorded: coaching.all_recorded?,
          summary_written: coaching.summary_at.present?,
          period_over: period_over?,
        )
      error == :summary_missing ? :summary_not_written : error
    end

    def count_for(problem)
      case problem
      when :plan_too_long
        CoachingRules::PLAN_MAX_LENGTH
      when :too_many_check_ins
        CoachingRules::MAX_CHECK_INS
      end
    end
  end
end
