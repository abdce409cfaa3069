# frozen_string_literal: true

module DiscourseMediation
  # One version of a published list item's text, as it read from then on.
  class BehaviourVersion < ActiveRecord::Base
    self.table_name = "discourse_mediation_behaviour_versions"

    belongs_to :behaviour, inverse_of: :versions

    def readonly?
      persisted?
    end
  end
end

# == Schema Information
#
# Table name: discourse_mediation_behaviour_versions
#
#  id            :bigint           not null, primary key
#  behaviour_id  :integer          not null
#  version       :integer          not null
#  title         :string           not null
#  description   :text             not null
#  created_by_id :integer
#  created_at    :datetime         not null
#
# Indexes
#
#  idx_on_behaviour_id_version_ae3200a0c2  (behaviour_id,version) UNIQUE
#
