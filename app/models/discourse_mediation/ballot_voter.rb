# frozen_string_literal: true

module DiscourseMediation
  # The roll: who may vote on a ballot, and whether they have. It holds no
  # choice and no time of voting, and has no id of its own.
  class BallotVoter < ActiveRecord::Base
    self.table_name = "discourse_mediation_ballot_voters"
    self.primary_key = nil

    belongs_to :ballot, inverse_of: :voters
    belongs_to :user
  end
end

# == Schema Information
#
# Table name: discourse_mediation_ballot_voters
#
#  ballot_id :integer          not null
#  user_id   :integer          not null
#  voted     :boolean          default(FALSE), not null
#
# Indexes
#
#  idx_on_ballot_id_user_id_d54f08d2ab  (ballot_id,user_id) UNIQUE
#
