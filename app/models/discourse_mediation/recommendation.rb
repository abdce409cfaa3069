# frozen_string_literal: true

module DiscourseMediation
  # What a moderator recommends to the people who run other spaces the
  # person concerned is active in, once the outcome is carried out. Shown to
  # the person concerned first, who may answer it; then a moderator passes
  # it on outside the forum and records that here (Rules::Record::Recommendation).
  class Recommendation < ActiveRecord::Base
    self.table_name = "discourse_mediation_recommendations"

    belongs_to :mediation_case, foreign_key: :case_id, inverse_of: :recommendations
    belongs_to :created_by, class_name: "User"
    belongs_to :passed_on_by, class_name: "User", optional: true

    # Until when the person concerned may answer: counted from when it was
    # made, or from the end of a suspension from this case, whichever is
    # later (a suspended member cannot sign in to answer).
    def answer_until
      rule.answer_until(shown_at: created_at, suspended_until:)
    end

    def answer_open?(now = Time.zone.now)
      rule.answer_open?(now:, shown_at: created_at, answered_at:, suspended_until:)
    end

    # The person concerned may answer it: in its time, before it is passed
    # on, while the case's outcome is still a sanction.
    def answerable?(now = Time.zone.now)
      passed_on_at.nil? && answer_open?(now) && case_refusal != :sanction_lifted
    end

    # Why it may not be passed on now, or nil.
    def pass_on_refusal(now = Time.zone.now)
      return :already_passed_on if passed_on_at
      case_refusal ||
        rule.pass_on_refusal(
          now:,
          shown_at: created_at,
          answered_at:,
          passed_on_at:,
          suspended_until:,
        )
    end

    # Why nothing may be passed on while the case stands as it does, or nil:
    # an appeal of the sanction is being voted on, or an appeal lowered the
    # outcome to one that is no sanction.
    def case_refusal
      return :sanction_lifted if !Rules::Record::NameKeeping.sanctioned?(mediation_case.outcome)
      appeal = mediation_case.appeal_ballot
      :appeal_open if appeal && !appeal.closed?
    end

    # An appeal lowered the outcome to one that is no sanction before it was
    # passed on: it never will be, and there is nothing to answer.
    def withdrawn?
      passed_on_at.nil? && !Rules::Record::NameKeeping.sanctioned?(mediation_case.outcome)
    end

    # `MediationRecommendation` in lib/types/: the same for everyone who may
    # read it; what they may do with it is added by the serializer.
    def as_shown
      {
        id:,
        text:,
        spaces:,
        created_at:,
        created_by: user_json(created_by),
        answer_until:,
        answer:,
        answered_at:,
        passed_on_at:,
        passed_on_by: user_json(passed_on_by),
        withdrawn: withdrawn?,
      }
    end

    private

    def rule
      Rules::Record::Recommendation
    end

    # The end of the case's own suspension of the person concerned, or nil
    # when its outcome suspends nobody.
    def suspended_until
      return @suspended_until if defined?(@suspended_until)
      mediation_case = self.mediation_case
      ends_at = mediation_case.sanction_ends_at
      step =
        ends_at &&
          (
            mediation_case.ballot&.option_step(mediation_case.outcome) ||
              LadderStep.find_by(key: mediation_case.outcome)
          )
      suspends = step && Rules::DueProcess::Penalty::MEASURES[step.kind] == :suspend
      @suspended_until = suspends ? ends_at : nil
    end

    # Null for an account deleted since (the page says "a former member").
    def user_json(user)
      user && BasicUserSerializer.new(user, root: false).as_json
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_recommendations
#
#  id              :bigint           not null, primary key
#  case_id         :integer          not null
#  created_by_id   :integer          not null
#  text            :text             not null
#  spaces          :string           default([]), not null, is an Array
#  answer          :text
#  answered_at     :datetime
#  passed_on_by_id :integer
#  passed_on_at    :datetime
#  created_at      :datetime         not null
#  updated_at      :datetime         not null
#
# Indexes
#
#  index_discourse_mediation_recommendations_on_case_id  (case_id)
#
